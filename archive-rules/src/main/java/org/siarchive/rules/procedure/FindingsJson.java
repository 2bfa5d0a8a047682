package org.siarchive.rules.procedure;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.ledger.CanonicalJson;
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.transfer.Findings;

/**
 * The bytes a step's ledger findings digest covers: one canonical JSON array, so a third party who
 * holds the defects recomputes the digest recorded in the event.
 *
 * <p>RFC 8785 writes an array as {@code [}, its elements' canonical forms separated by {@code ,},
 * and {@code ]}, with nothing between, so the array's bytes are its defects' objects joined: a run
 * that records the same defects at several steps (a step's action and its passes, a defect seen
 * again at the next step) makes each defect's object once ({@link Memo}) and joins them.
 */
final class FindingsJson {
  private FindingsJson() {}

  /** The canonical JSON array of the defects' objects, in order. */
  static byte[] of(List<Defect> defects) {
    return join(defects, FindingsJson::object);
  }

  /** The array of the defects' objects as {@code objectOf} gives them. */
  private static byte[] join(List<Defect> defects, Function<Defect, byte[]> objectOf) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write('[');
    for (int i = 0; i < defects.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.writeBytes(objectOf.apply(defects.get(i)));
    }
    out.write(']');
    return out.toByteArray();
  }

  /** One defect's canonical JSON object. */
  private static byte[] object(Defect d) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("volume", d.location().volumeId());
    o.put("code", d.code().value());
    o.put("severity", d.severity().name());
    o.put("location", d.location().toString());
    ObjectNode args = o.putObject("arguments");
    for (Map.Entry<String, String> e : d.arguments().entrySet()) {
      args.put(e.getKey(), e.getValue());
    }
    return CanonicalJson.toBytes(o);
  }

  /**
   * The defects' objects a run has made, each once, by identity (defects are immutable, and a step
   * that meets a defect again meets the same object: the run's {@link CheckMemo} keeps it). Not
   * thread-safe: one per run.
   */
  static final class Memo {
    private final IdentityHashMap<Defect, byte[]> made = new IdentityHashMap<>();

    /** The findings of the defects: their count and the algorithm's hash of {@link #of}. */
    Findings findings(List<Defect> defects, HashAlgorithm algorithm) {
      byte[] array = join(defects, d -> made.computeIfAbsent(d, FindingsJson::object));
      return new Findings(defects.size(), algorithm.hashHex(array));
    }
  }
}
