package org.siarchive.core.ledger;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.InputStream;
import java.util.Objects;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.internal.ruledata.StrictLoader;
import org.siarchive.core.json.ArchiveJson;

/**
 * A ledger's tree head: how many events, the RFC 9162 root hash over them and the hash algorithm.
 * Published outside the ledger (in a hand-over form, a monthly report), it catches what a ledger
 * alone cannot: truncation and a wholesale rewrite. Its JSON is {@code {"treeSize": 3, "rootHash":
 * "…", "algorithm": "SHA-256"}}. Immutable and thread-safe.
 *
 * <pre>{@code
 * TreeHead head = ledger.head();
 * Files.writeString(path, head.toJson());
 * TreeHead published = TreeHead.read(Files.newInputStream(path), path.toString());
 * }</pre>
 *
 * @param treeSize the number of events, 0 or more
 * @param rootHash the root hash, 64 lower-case hexadecimal digits
 * @param algorithm the hash algorithm
 * @since 0.1.0
 */
@JsonPropertyOrder({"treeSize", "rootHash", "algorithm"})
public record TreeHead(
    @JsonProperty(required = true) long treeSize,
    @JsonProperty(required = true) String rootHash,
    @JsonProperty(required = true) HashAlgorithm algorithm) {

  /**
   * Validates the head.
   *
   * @param treeSize the number of events, 0 or more
   * @param rootHash the root hash, 64 lower-case hexadecimal digits
   * @param algorithm the hash algorithm
   */
  public TreeHead {
    if (treeSize < 0) {
      throw new InvalidValueException("treeSize", "0 or more", Long.toString(treeSize));
    }
    HashAlgorithm.unhex("rootHash", rootHash);
    Objects.requireNonNull(algorithm, "algorithm");
  }

  /**
   * Reads a head written by {@link #toJson()} (or by {@code siarchive transfer head --json}),
   * strictly.
   *
   * @param in the head's JSON; not closed
   * @param source the file or resource name, for messages
   * @return the head
   * @throws org.siarchive.core.ruledata.RuleDataException naming the source, pointer and value
   */
  public static TreeHead read(InputStream in, String source) {
    return StrictLoader.read(in, TreeHead.class, source);
  }

  /** {@return this head as one line of JSON} */
  public String toJson() {
    return ArchiveJson.write(this);
  }
}
