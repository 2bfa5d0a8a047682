package org.siarchive.core.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The malformed-input corpus (issue 14), shared through archive-core's test-jar: each file under
 * {@code corpus/malformed/} holds a valid volume on line 1 and one class of bad input on line 2;
 * {@code index.tsv} (file, line, pointer, exit status, message; tab-separated) names the exact
 * rejection each must give.
 */
public final class MalformedCorpus {
  private MalformedCorpus() {}

  /** One row of the index. */
  public record Case(String file, long line, String pointer, int exit, String message) {
    @Override
    public String toString() {
      return file;
    }
  }

  /** Every case of the corpus, in file order. */
  public static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = resource("index.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String row = r.readLine(); row != null; row = r.readLine()) {
        if (row.isBlank() || row.startsWith("#")) {
          continue;
        }
        String[] f = row.split("\t", -1);
        cases.add(new Case(f[0], Long.parseLong(f[1]), f[2], Integer.parseInt(f[3]), f[4]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  /** A corpus file as a stream. */
  public static InputStream resource(String name) {
    return Objects.requireNonNull(
        MalformedCorpus.class.getResourceAsStream("/corpus/malformed/" + name), name);
  }
}
