package org.siarchive.rules.procedure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.quality.Suite;

/**
 * What one batch's run has already computed about each version of a volume, so that no step pays
 * twice for an answer that depends only on the volume and the context: the defects the checks of
 * every step of the procedure find in it, and its canonical record bytes for the package digest.
 *
 * <p>Design: the steps' suites all come from one context that differs only in its stage (the
 * built-in checks read no stage; only {@link Suite#from} does, to pick checks and codes) and one
 * catalogue. The memo runs their union once per volume version, the checks in the built-in order
 * and reporting the union of the steps' codes, and answers a step by keeping the defects of its
 * suite's codes. That is exactly the step suite's own answer: a suite runs a subsequence of the
 * same checks in the same order, and keeps of each check's reports those of its codes; a check the
 * suite leaves out has none of them. Volumes are immutable records; a version is keyed by identity
 * (a rectified volume is a new object, an unchanged one is the same object), so a version the
 * rectifier hands back unchanged is answered again, correctly, from the memo. A suite the memo was
 * not made for is run directly. The memo lives as long as one batch's run.
 */
final class CheckMemo {
  private final Suite union;
  private final CheckContext unionContext;
  private final Set<Suite> covered = Collections.newSetFromMap(new IdentityHashMap<>());
  private final IdentityHashMap<Volume, List<Defect>> found = new IdentityHashMap<>();
  private final IdentityHashMap<Volume, byte[]> records = new IdentityHashMap<>();

  /** The fewest records not yet written that are worth writing on every core at once. */
  private static final int PARALLEL_RECORDS = 512;

  private CheckMemo(Suite union, CheckContext unionContext, List<Suite> suites) {
    this.union = union;
    this.unionContext = unionContext;
    this.covered.addAll(suites);
  }

  /**
   * A memo for the given suites, each made by {@link Suite#from(CheckContext)} (possibly {@link
   * Suite#restrictedTo restricted}) from {@code context} with only its stage changed.
   */
  static CheckMemo of(CheckContext context, List<Suite> suites) {
    Set<DefectCode> codes = new LinkedHashSet<>();
    suites.forEach(s -> codes.addAll(s.codes()));
    CheckContext all = context.toBuilder().stage(Stage.ALL).build();
    return new CheckMemo(Suite.from(all).restrictedTo(codes), all, suites);
  }

  /** The defects {@code suite} finds in the volume with {@code context}, computed at most once. */
  List<Defect> check(Suite suite, CheckContext context, Volume volume) {
    if (!covered.contains(suite)) {
      return suite.check(volume, context);
    }
    List<Defect> every = found.get(volume);
    if (every == null) {
      every = union.check(volume, unionContext);
      found.put(volume, every);
    }
    if (every.isEmpty()) {
      return every;
    }
    Set<DefectCode> codes = suite.codes();
    List<Defect> out = new ArrayList<>(every.size());
    for (Defect d : every) {
      if (codes.contains(d.code())) {
        out.add(d);
      }
    }
    return out.size() == every.size() ? every : List.copyOf(out);
  }

  /**
   * The package digest of {@link HandOverForm#packageDigest}, each volume version's canonical
   * record bytes made once.
   */
  HandOverForm.Digest packageDigest(List<Volume> volumes, HashAlgorithm algorithm) {
    List<Volume> missing = new ArrayList<>();
    for (Volume v : volumes) {
      if (!records.containsKey(v)) {
        missing.add(v);
      }
    }
    if (missing.size() >= PARALLEL_RECORDS) {
      // Writing a record is a pure function of the immutable volume: write them on every core,
      // then remember them here, on the caller's thread (the memo is not thread-safe).
      List<byte[]> written = missing.parallelStream().map(HandOverForm::recordBytes).toList();
      for (int i = 0; i < missing.size(); i++) {
        records.putIfAbsent(missing.get(i), written.get(i));
      }
    }
    return HandOverForm.packageDigest(volumes, algorithm, this::recordBytes);
  }

  /** A volume version's canonical record bytes ({@link HandOverForm#recordBytes}), made once. */
  byte[] recordBytes(Volume volume) {
    return records.computeIfAbsent(volume, HandOverForm::recordBytes);
  }
}
