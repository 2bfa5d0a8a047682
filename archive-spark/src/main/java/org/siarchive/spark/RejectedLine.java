package org.siarchive.spark;

/**
 * A record a job rejected, at its file and line: the same line and reason the single-machine run
 * gives for that file, whichever splits the cluster cut it into.
 *
 * <pre>{@code
 * for (RejectedLine r : result.rejected()) {
 *   System.err.println(r.file() + ":" + r.line() + " " + r.pointer() + " " + r.message());
 * }
 * }</pre>
 *
 * @param file the file, as Hadoop names it
 * @param line the 1-based line in the file
 * @param pointer the JSON pointer of the offending value; {@code ""} for the whole line
 * @param message what is wrong, personal identifiers masked
 */
public record RejectedLine(String file, long line, String pointer, String message) {}
