package org.siarchive.rules.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Re-derives a plan's selections as a third party would, from the protocol itself (SHA-256 of
 * {@code seed || 0x00 || id}, the first 8 bytes as an unsigned key, the k smallest, ties by id
 * bytes), not through the library's draw.
 */
final class Draws {
  private Draws() {}

  static List<String> ids(String prefix, int n) {
    return IntStream.rangeClosed(1, n)
        .mapToObj(i -> String.format("%s-%05d", prefix, i))
        .collect(Collectors.toList());
  }

  static String keyHex(String seed, String id) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(seed.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(id.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** The k ids with the smallest keys in key order (16 hex digits sort like the unsigned key). */
  static List<String> bottomK(String seed, List<String> ids, int k) {
    List<String[]> keyed = new ArrayList<>();
    for (String id : ids) {
      keyed.add(new String[] {keyHex(seed, id), id});
    }
    keyed.sort(Comparator.<String[], String>comparing(a -> a[0]).thenComparing(a -> a[1]));
    return keyed.subList(0, Math.min(k, keyed.size())).stream().map(a -> a[1]).toList();
  }

  /** Asserts that every stratum's selection is the protocol's draw from its recorded seed. */
  static void assertRederives(InspectionPlan plan, Population population) {
    assertThat(plan.verify(population).isVerified()).isTrue();
    for (StratumPlan s : plan.strata()) {
      assertThat(s.selected())
          .as("stratum %s, seed %s", s.key(), s.sample().seed())
          .isEqualTo(bottomK(s.sample().seed(), population.ids(s.key()), s.sampleSize()));
    }
  }
}
