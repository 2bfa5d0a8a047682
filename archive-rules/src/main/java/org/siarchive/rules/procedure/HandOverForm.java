package org.siarchive.rules.procedure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.id.Masking;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.ledger.CanonicalJson;
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.ledger.Ledger;
import org.siarchive.core.ledger.TreeHead;
import org.siarchive.core.model.Item;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.Volume;

/**
 * The electronic hand-over form (电子档案移交与接收登记表, DA/T 70-2018) of one transfer batch: the counts of
 * volumes, items, pages and images and the bytes of the images; the result of each of the four
 * properties (authenticity, integrity, usability, security), {@code "not performed"} where the
 * context lacks what a property needs, never a silent pass; the package digest; the ledger's tree
 * head; and who signed what and when, as the ledger records it. Immutable and thread-safe.
 *
 * <p>The package digest is the ledger's hash over the batch's manifest: for each volume record, in
 * the order the batch's opening event lists them, the lower-case hexadecimal hash of its RFC 8785
 * canonical JSON followed by a line feed ({@link #packageDigest}). The phase-2 procedure records it
 * in the {@code HAND_OVER} event's note, the phase-1 procedure in the {@code STORE} event's (its
 * records are final only once digitised); authenticity compares the records at hand with it.
 *
 * <pre>{@code
 * HandOverForm form = HandOverForm.of(ledger, "SC01-2024-1", volumes);
 * form.fourProperties().authenticity().result();   // PASSED
 * String json = form.toJson();
 * }</pre>
 *
 * @param batch the batch id
 * @param subCenter the sub-centre that hands it over
 * @param volumes the volume records at hand that belong to the batch
 * @param items their items (件)
 * @param pages their paper pages
 * @param images their page images
 * @param bytes the bytes of their images
 * @param digest the package digest over those records
 * @param fourProperties the four properties' results
 * @param treeHead the ledger's tree head when the form was made
 * @param signatures the sign-offs of the batch, in ledger order
 * @since 0.1.0
 */
public record HandOverForm(
    String batch,
    String subCenter,
    long volumes,
    long items,
    long pages,
    long images,
    long bytes,
    Digest digest,
    FourProperties fourProperties,
    TreeHead treeHead,
    List<Signature> signatures) {

  /** The actions whose takers sign the form. */
  private static final Set<String> SIGNED =
      Set.of("PRE_ACCEPT", "SUPERVISE_PASS", "HAND_OVER", "RECEIVE", "ACCEPT", "RECHECK", "STORE");

  /**
   * The actions whose note records the package digest: phase 2's hand-over, and phase 1's storage
   * (in phase 1 the paper moves before any check, and the records are final only when stored).
   */
  private static final Set<String> DIGEST_ACTIONS = Set.of("HAND_OVER", "STORE");

  private static final Pattern NOTE =
      Pattern.compile("package digest (SHA-256|SM3) ([0-9a-f]{64}) over (\\d+) volume records");

  /**
   * Validates and copies.
   *
   * @param batch the batch id
   * @param subCenter the sub-centre that hands it over
   * @param volumes the volume records at hand that belong to the batch
   * @param items their items (件)
   * @param pages their paper pages
   * @param images their page images
   * @param bytes the bytes of their images
   * @param digest the package digest over those records
   * @param fourProperties the four properties' results
   * @param treeHead the ledger's tree head when the form was made
   * @param signatures the sign-offs of the batch, in ledger order
   */
  public HandOverForm {
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(subCenter, "subCenter");
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(fourProperties, "fourProperties");
    Objects.requireNonNull(treeHead, "treeHead");
    signatures = List.copyOf(signatures);
    for (long n : new long[] {volumes, items, pages, images, bytes}) {
      if (n < 0) {
        throw new InvalidValueException("counts", "0 or more", Long.toString(n));
      }
    }
  }

  /**
   * A digest.
   *
   * @param algorithm the hash, {@code SHA-256} or {@code SM3}
   * @param value lower-case hexadecimal
   */
  public record Digest(HashAlgorithm algorithm, String value) {
    /**
     * Validates.
     *
     * @param algorithm the hash, {@code SHA-256} or {@code SM3}
     * @param value lower-case hexadecimal
     */
    public Digest {
      Objects.requireNonNull(algorithm, "algorithm");
      Objects.requireNonNull(value, "value");
      if (!value.matches("[0-9a-f]{64}")) {
        throw new InvalidValueException(
            "value", "64 lower-case hexadecimal digits", Masking.quoted(value));
      }
    }
  }

  /** What became of one property's check. */
  public enum Result {
    /** Checked and found right. */
    PASSED("passed"),
    /** Checked and found wrong. */
    FAILED("failed"),
    /** Not checked: the context lacks what the check needs. */
    NOT_PERFORMED("not performed");

    private final String text;

    Result(String text) {
      this.text = text;
    }

    /** {@return the result as the form writes it, e.g. {@code "not performed"}} */
    public String text() {
      return text;
    }
  }

  /**
   * One property's result and why.
   *
   * @param result the result
   * @param detail what was compared, or what was missing
   */
  public record PropertyResult(Result result, String detail) {
    /**
     * Validates.
     *
     * @param result the result
     * @param detail what was compared, or what was missing
     */
    public PropertyResult {
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /**
   * The four properties of DA/T 70-2018 at transfer and receipt.
   *
   * @param authenticity the records are the ones handed over (the package digest)
   * @param integrity every volume of the batch is there, once
   * @param usability the files can be read in an allowed format
   * @param security virus scan and carrier checks
   */
  public record FourProperties(
      PropertyResult authenticity,
      PropertyResult integrity,
      PropertyResult usability,
      PropertyResult security) {
    /**
     * Validates.
     *
     * @param authenticity the records are the ones handed over (the package digest)
     * @param integrity every volume of the batch is there, once
     * @param usability the files can be read in an allowed format
     * @param security virus scan and carrier checks
     */
    public FourProperties {
      Objects.requireNonNull(authenticity, "authenticity");
      Objects.requireNonNull(integrity, "integrity");
      Objects.requireNonNull(usability, "usability");
      Objects.requireNonNull(security, "security");
    }
  }

  /**
   * A sign-off as the ledger records it.
   *
   * @param role the role it was taken under
   * @param person the person's id
   * @param time when, ISO 8601 with offset
   */
  public record Signature(String role, String person, String time) {
    /**
     * Validates.
     *
     * @param role the role it was taken under
     * @param person the person's id
     * @param time when, ISO 8601 with offset
     */
    public Signature {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(person, "person");
      Objects.requireNonNull(time, "time");
    }
  }

  /**
   * {@return the package digest of volume records: the hash over their manifest, which holds for
   * each record, in the order given, the lower-case hexadecimal hash of its RFC 8785 canonical JSON
   * and a line feed}
   *
   * <p>A third party re-derives it from the records alone, as a checksum of checksums: with the
   * records one per line as canonical JSON (no line feed inside a record: canonical JSON escapes
   * it), {@code while IFS= read -r r; do printf '%s' "$r" | sha256sum | cut -c1-64; done <
   * records.jsonl | sha256sum}. A manifest, rather than the records joined, lets each record be
   * hashed on its own, in parallel and once per version.
   *
   * <pre>{@code
   * HandOverForm.packageDigest(List.of(), HashAlgorithm.SHA_256).value();
   * // e3b0c442...b855: the hash of the empty manifest
   * }</pre>
   *
   * @param volumes the volume records, in the order hashed
   * @param algorithm the hash algorithm
   */
  public static Digest packageDigest(List<Volume> volumes, HashAlgorithm algorithm) {
    Objects.requireNonNull(volumes, "volumes");
    Objects.requireNonNull(algorithm, "algorithm");
    List<byte[]> hashes = new ArrayList<>(volumes.size());
    for (Volume v : volumes) {
      hashes.add(recordHash(v, algorithm));
    }
    return manifestDigest(hashes, algorithm);
  }

  /**
   * The package digest of a manifest given by its records' hashes ({@link #recordHash}) in the
   * records' order: each line their lower-case hexadecimal and a line feed, in ASCII.
   */
  static Digest manifestDigest(List<byte[]> recordHashes, HashAlgorithm algorithm) {
    MessageDigest md = algorithm.newMessageDigest();
    byte[] line = new byte[0];
    for (byte[] hash : recordHashes) {
      int n = hash.length * 2;
      if (line.length != n + 1) {
        line = new byte[n + 1];
        line[n] = '\n';
      }
      for (int i = 0; i < hash.length; i++) {
        line[2 * i] = HEX_DIGITS[(hash[i] >> 4) & 0xF];
        line[2 * i + 1] = HEX_DIGITS[hash[i] & 0xF];
      }
      md.update(line);
    }
    return new Digest(algorithm, HexFormat.of().formatHex(md.digest()));
  }

  /** The lower-case hexadecimal digits, in ASCII. */
  private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  /** A volume record's hash: of its RFC 8785 canonical JSON, with the algorithm. */
  static byte[] recordHash(Volume v, HashAlgorithm algorithm) {
    MessageDigest md = DIGESTS.get().computeIfAbsent(algorithm, HashAlgorithm::newMessageDigest);
    ArchiveJson.writeCanonicalVolume(v, md);
    return md.digest();
  }

  /**
   * Each thread's digests for the manifest lines, by algorithm ({@code digest()} resets one; a
   * record refused before it is fed leaves its digest as it was).
   */
  private static final ThreadLocal<Map<HashAlgorithm, MessageDigest>> DIGESTS =
      ThreadLocal.withInitial(() -> new EnumMap<>(HashAlgorithm.class));

  /** The note the {@code HAND_OVER} event carries: the package digest and the record count. */
  static String note(Digest digest, int volumes) {
    return String.format(
        Locale.ROOT,
        "package digest %s %s over %d volume records",
        digest.algorithm().label(),
        digest.value(),
        volumes);
  }

  /**
   * {@return the form of a batch from its ledger and the volume records at hand}
   *
   * @param ledger the ledger the batch was opened in
   * @param batchId the batch
   * @param records volume records; those not of the batch are left aside
   * @throws InvalidValueException when the ledger has not opened the batch
   */
  public static HandOverForm of(Ledger ledger, String batchId, Iterable<Volume> records) {
    return of(
        ledger,
        batchId,
        records,
        present -> packageDigest(present, ledger.algorithm()),
        Counts::of,
        0);
  }

  /** What one volume record adds to the form's counts: its items, pages, images and their bytes. */
  record Counts(long items, long pages, long images, long bytes) {
    static Counts of(Volume v) {
      long pages = 0;
      for (Item it : v.items()) {
        pages += it.pages().size();
      }
      long bytes = 0;
      for (PageImage img : v.images()) {
        bytes += img.byteSize();
      }
      return new Counts(v.items().size(), pages, v.images().size(), bytes);
    }
  }

  /**
   * The form, the package digest of the records present (in the batch's order) as {@code digestOf}
   * gives it with the ledger's algorithm, and each record's counts as {@code countsOf} gives them,
   * the batch's events read from event {@code from} on (its opening, or before).
   */
  static HandOverForm of(
      Ledger ledger,
      String batchId,
      Iterable<Volume> records,
      Function<List<Volume>, Digest> digestOf,
      Function<Volume, Counts> countsOf,
      long from) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(batchId, "batchId");
    Objects.requireNonNull(records, "records");
    TreeHead head = ledger.head();
    Events events = Events.read(ledger, batchId, from, head, true);
    JsonNode opening = events.opening;
    if (opening == null) {
      throw new InvalidValueException(
          "batch",
          "a batch opened in ledger " + ledger.store().describe(),
          Masking.quoted(batchId));
    }
    List<String> ids = new ArrayList<>();
    opening.path("volumes").path("ids").forEach(n -> ids.add(n.asText()));
    Set<String> wanted = new LinkedHashSet<>(ids);
    Map<String, Volume> byId = new HashMap<>();
    List<String> repeated = new ArrayList<>();
    for (Volume v : records) {
      if (wanted.contains(v.id()) && byId.putIfAbsent(v.id(), v) != null) {
        repeated.add(v.id());
      }
    }
    List<Volume> present = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String id : ids) {
      Volume v = byId.get(id);
      if (v == null) {
        missing.add(id);
      } else {
        present.add(v);
      }
    }
    return form(
        batchId,
        opening.path("subCenter").asText(),
        present,
        integrity(ids.size(), present.size(), missing, repeated),
        events,
        head,
        digestOf,
        countsOf);
  }

  /**
   * The form of a batch whose opening event the caller wrote, at index {@code openedAt} with action
   * {@code openingAction}, of sub-centre {@code subCenter} listing exactly the ids of {@code
   * volumes}, in their order (each record at hand, once): a run of a procedure, which knows what it
   * opened, so that the opening, the batch's largest event, is not read again unless its action
   * signs the form or records a digest.
   */
  static HandOverForm ofOpened(
      Ledger ledger,
      String batchId,
      String subCenter,
      List<Volume> volumes,
      Function<List<Volume>, Digest> digestOf,
      Function<Volume, Counts> countsOf,
      long openedAt,
      String openingAction) {
    TreeHead head = ledger.head();
    boolean readOpening = SIGNED.contains(openingAction) || DIGEST_ACTIONS.contains(openingAction);
    Events events =
        Events.read(ledger, batchId, readOpening ? openedAt : openedAt + 1, head, false);
    return form(
        batchId,
        subCenter,
        volumes,
        integrity(volumes.size(), volumes.size(), List.of(), List.of()),
        events,
        head,
        digestOf,
        countsOf);
  }

  /** The form over the records present, in the batch's order, and the batch's events. */
  private static HandOverForm form(
      String batchId,
      String subCenter,
      List<Volume> present,
      PropertyResult integrity,
      Events events,
      TreeHead head,
      Function<List<Volume>, Digest> digestOf,
      Function<Volume, Counts> countsOf) {
    long items = 0;
    long pages = 0;
    long images = 0;
    long bytes = 0;
    for (Volume v : present) {
      Counts c = countsOf.apply(v);
      items += c.items();
      pages += c.pages();
      images += c.images();
      bytes += c.bytes();
    }
    Digest digest = digestOf.apply(present);
    FourProperties four =
        new FourProperties(
            authenticity(digest, present.size(), events.handOver, events.handOverIndex),
            integrity,
            new PropertyResult(
                Result.NOT_PERFORMED,
                "readability and format of the image files need the files; only their metadata is"
                    + " at hand"),
            new PropertyResult(
                Result.NOT_PERFORMED, "no virus scan or carrier check is part of the context"));
    return new HandOverForm(
        batchId,
        subCenter,
        present.size(),
        items,
        pages,
        images,
        bytes,
        digest,
        four,
        head,
        events.signatures);
  }

  /** What the form reads of a batch's events: its opening, its last digest event, its sign-offs. */
  private static final class Events {
    private @Nullable JsonNode opening;
    private @Nullable JsonNode handOver;
    private long handOverIndex = -1;
    private final List<Signature> signatures = new ArrayList<>();

    /**
     * The batch's events from event {@code from} up to the head; the first is its opening when
     * {@code withOpening} (else the opening came before {@code from}).
     */
    static Events read(
        Ledger ledger, String batchId, long from, TreeHead head, boolean withOpening) {
      Events out = new Events();
      for (long i = from; i < head.treeSize(); i += 4096) {
        List<byte[]> chunk = ledger.store().read(i, (int) Math.min(4096, head.treeSize() - i));
        for (int j = 0; j < chunk.size(); j++) {
          JsonNode e = CanonicalJson.parse(chunk.get(j));
          if (!batchId.equals(e.path("batch").asText())) {
            continue;
          }
          if (withOpening && out.opening == null) {
            out.opening = e;
          }
          String action = e.path("action").asText();
          if (DIGEST_ACTIONS.contains(action)) {
            out.handOver = e;
            out.handOverIndex = i + j;
          }
          if (SIGNED.contains(action)) {
            out.signatures.add(
                new Signature(
                    e.path("role").asText(), e.path("person").asText(), e.path("time").asText()));
          }
        }
      }
      return out;
    }
  }

  private static PropertyResult authenticity(
      Digest digest, int records, @Nullable JsonNode handOver, long index) {
    if (handOver == null) {
      return new PropertyResult(
          Result.NOT_PERFORMED,
          "the batch has no HAND_OVER (phase 2) or STORE (phase 1) event recording a package"
              + " digest");
    }
    String action = handOver.path("action").asText();
    Matcher m = NOTE.matcher(handOver.path("note").asText());
    if (!m.find()) {
      return new PropertyResult(
          Result.NOT_PERFORMED,
          String.format(
              Locale.ROOT, "the %s event %d records no package digest in its note", action, index));
    }
    if (!m.group(1).equals(digest.algorithm().label())
        || !m.group(2).equals(digest.value())
        || Long.parseLong(m.group(3)) != records) {
      return new PropertyResult(
          Result.FAILED,
          String.format(
              Locale.ROOT,
              "the package digest of the %d records at hand is %s %s; the %s event %d recorded"
                  + " %s %s over %s records",
              records,
              digest.algorithm().label(),
              digest.value(),
              action,
              index,
              m.group(1),
              m.group(2),
              m.group(3)));
    }
    return new PropertyResult(
        Result.PASSED,
        String.format(
            Locale.ROOT,
            "the package digest equals the one the %s event %d recorded",
            action,
            index));
  }

  private static PropertyResult integrity(
      int expected, int present, List<String> missing, List<String> repeated) {
    if (missing.isEmpty() && repeated.isEmpty()) {
      return new PropertyResult(
          Result.PASSED,
          String.format(
              Locale.ROOT,
              "all %d volumes the batch's opening event lists are at hand, each once",
              expected));
    }
    return new PropertyResult(
        Result.FAILED,
        String.format(
            Locale.ROOT,
            "%d of the %d volumes the opening event lists are at hand; missing %d%s; repeated %d%s",
            present,
            expected,
            missing.size(),
            missing.isEmpty() ? "" : " (first " + Masking.quoted(missing.get(0)) + ")",
            repeated.size(),
            repeated.isEmpty() ? "" : " (first " + Masking.quoted(repeated.get(0)) + ")"));
  }

  /** {@return the form as a JSON tree, keys in the form's order} */
  public ObjectNode toJsonNode() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode o = f.objectNode();
    o.put("batch", batch);
    o.put("subCenter", subCenter);
    o.put("volumes", volumes);
    o.put("items", items);
    o.put("pages", pages);
    o.put("images", images);
    o.put("bytes", bytes);
    o.putObject("digest").put("algorithm", digest.algorithm().label()).put("value", digest.value());
    ObjectNode four = o.putObject("fourProperties");
    Map<String, PropertyResult> props = new LinkedHashMap<>();
    props.put("authenticity", fourProperties.authenticity());
    props.put("integrity", fourProperties.integrity());
    props.put("usability", fourProperties.usability());
    props.put("security", fourProperties.security());
    props.forEach(
        (k, v) -> four.putObject(k).put("result", v.result().text()).put("detail", v.detail()));
    o.putObject("treeHead")
        .put("treeSize", treeHead.treeSize())
        .put("rootHash", treeHead.rootHash())
        .put("algorithm", treeHead.algorithm().label());
    var list = o.putArray("signatures");
    for (Signature s : signatures) {
      list.addObject().put("role", s.role()).put("person", s.person()).put("time", s.time());
    }
    return o;
  }

  /** {@return the form as one line of JSON, keys in the form's order} */
  public String toJson() {
    return toJsonNode().toString();
  }
}
