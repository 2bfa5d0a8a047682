package org.siarchive.rules.retention.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.json.JsonDecodeException;
import org.siarchive.rules.RuleDataException;

/**
 * The index of the rule data bundled in this module ({@value #RESOURCE}): for each file its name,
 * its SHA-256 and the schedule id and edition it holds. Bundled files are read only through it,
 * and a file whose digest differs from the index is refused, so a changed table cannot ship
 * unnoticed; a test recomputes every digest and checks that {@code CHANGELOG.md} has a "Rule data"
 * entry naming each edition with its digest.
 *
 * @param formatVersion 1
 * @param files the bundled files, in load order (a base before the editions that extend it)
 */
public record BundledIndex(
    @JsonProperty(required = true) int formatVersion,
    @JsonProperty(required = true) @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid Entry> files) {

  /** The index's resource name, next to this class. */
  public static final String RESOURCE = "bundled-index.json";

  /**
   * One bundled file.
   *
   * @param file the resource name, next to this class
   * @param sha256 its SHA-256, 64 lower-case hex digits
   * @param scheduleId the schedule id it holds
   * @param edition the edition it holds
   */
  public record Entry(
      @JsonProperty(required = true) @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9.-]{0,99}\\.json") String file,
      @JsonProperty(required = true) @NotNull @Pattern(regexp = "[0-9a-f]{64}") String sha256,
      @JsonProperty(required = true) @NotNull @Pattern(regexp = EditionDocument.SCHEDULE_ID) String scheduleId,
      @JsonProperty(required = true) @NotNull @Pattern(regexp = EditionDocument.EDITION_ID) String edition) {}

  /**
   * Reads the bundled index.
   *
   * @throws RuleDataException when it is missing or malformed
   */
  public static BundledIndex load() {
    BundledIndex index;
    try (InputStream in = open(RESOURCE)) {
      index = ArchiveJson.read(in, BundledIndex.class, RESOURCE);
    } catch (JsonDecodeException e) {
      throw new RuleDataException(RESOURCE, e.pointer(), null, e.reason(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Optional<BeanChecks.Violation> v = BeanChecks.firstViolation(index);
    if (v.isPresent()) {
      throw new RuleDataException(
          RESOURCE, v.get().pointer(), null, v.get().reason(), BeanChecks.shown(v.get().value()));
    }
    if (index.formatVersion() != 1) {
      throw new RuleDataException(
          RESOURCE, "/formatVersion", null, "unsupported format version (this library reads 1)",
          Integer.toString(index.formatVersion()));
    }
    return index;
  }

  /**
   * The bytes of a bundled file, checked against its digest.
   *
   * @throws RuleDataException when the file is missing or its digest differs from the index
   */
  public static byte[] read(Entry entry, int position) {
    byte[] bytes;
    try (InputStream in = open(entry.file())) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String actual = sha256(bytes);
    if (!actual.equals(entry.sha256())) {
      throw new RuleDataException(
          entry.file(),
          "",
          null,
          "SHA-256 differs from " + RESOURCE + " /files/" + position + "/sha256 " + entry.sha256(),
          actual);
    }
    return bytes;
  }

  /** Lower-case hex SHA-256 of the bytes. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = BundledIndex.class.getResourceAsStream(name);
    if (in == null) {
      throw new RuleDataException(name, "", null, "bundled resource not found next to " + BundledIndex.class.getName(), null);
    }
    return in;
  }
}
