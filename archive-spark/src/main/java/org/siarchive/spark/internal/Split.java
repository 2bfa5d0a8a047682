package org.siarchive.spark.internal;

import java.io.Serializable;

/**
 * One task's share of the input: the lines starting in {@code [start, end)} of one file.
 *
 * @param index the split's index in the input's order
 * @param file the file's index in the input's order
 * @param path the file, as Hadoop names it
 * @param start the first byte
 * @param end the byte after the split
 */
public record Split(int index, int file, String path, long start, long end)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
