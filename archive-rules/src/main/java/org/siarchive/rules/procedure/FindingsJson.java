package org.siarchive.rules.procedure;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.ledger.CanonicalJson;
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.transfer.Findings;

/**
 * The bytes a step's ledger findings digest covers: one canonical JSON array, so a third party who
 * holds the defects recomputes the digest recorded in the event.
 */
final class FindingsJson {
  private FindingsJson() {}

  static byte[] of(List<Defect> defects) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (Defect d : defects) {
      ObjectNode o = array.addObject();
      o.put("volume", d.location().volumeId());
      o.put("code", d.code().value());
      o.put("severity", d.severity().name());
      o.put("location", d.location().toString());
      ObjectNode args = o.putObject("arguments");
      for (Map.Entry<String, String> e : d.arguments().entrySet()) {
        args.put(e.getKey(), e.getValue());
      }
    }
    return CanonicalJson.toBytes(array);
  }

  static Findings findings(List<Defect> defects, HashAlgorithm algorithm) {
    return new Findings(defects.size(), algorithm.hashHex(of(defects)));
  }
}
