package org.siarchive.core.transfer.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The index of the bundled lifecycle tables, in the rule-data index format the other bundled tables
 * use ({@value #FORMAT}): each file's name and SHA-256.
 *
 * @param format {@value #FORMAT}
 * @param files the bundled tables
 */
public record IndexDocument(
    @JsonProperty(required = true) @NotNull @Pattern(regexp = FORMAT, message = "must be " + FORMAT)
        String format,
    @JsonProperty(required = true) @NotNull @Size(min = 1, max = 100)
        List<@NotNull @Valid Entry> files) {

  /** The index format. */
  public static final String FORMAT = "siarchive-rule-index/1";

  /**
   * One bundled file.
   *
   * @param name its resource name, next to the index
   * @param sha256 its SHA-256 in lower-case hexadecimal
   */
  public record Entry(
      @JsonProperty(required = true) @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,99}\\.json")
          String name,
      @JsonProperty(required = true) @NotNull @Pattern(regexp = "[0-9a-f]{64}") String sha256) {}
}
