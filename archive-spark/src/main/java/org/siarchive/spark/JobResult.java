package org.siarchive.spark;

import java.util.List;
import java.util.Objects;
import org.siarchive.core.json.ReadSummary;

/**
 * What a job gives: its JSON document (the single-machine command's {@code --json} output for the
 * same input), the records read ({@code read = valid + rejected}) and the rejected records at their
 * file and line.
 *
 * <pre>{@code
 * JobResult r = QualityJob.report(holdings, request);
 * Files.writeString(out, r.documentText());
 * }</pre>
 *
 * @param document the JSON document, without a final line break
 * @param read the counts of records read
 * @param rejected the rejected records, in input order
 */
public record JobResult(String document, ReadSummary read, List<RejectedLine> rejected) {
  /** Checks and copies. */
  public JobResult {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(read, "read");
    rejected = List.copyOf(rejected);
  }

  /** The document as the command prints it: with one final line break. */
  public String documentText() {
    return document + "\n";
  }
}
