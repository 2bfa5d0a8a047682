package org.siarchive.rules.material;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.Volume;

/**
 * A metadata field an edition may declare mandatory (DA/T 70-2018: mandatory metadata present).
 * Volume fields are checked once per volume, catalogue fields once per catalogue row. Fields with a
 * defect code of their own (the catalogue date) are not listed here.
 *
 * <pre>{@code
 * MetadataField.ARRANGER.jsonName();  // "volume.arranger"
 * }</pre>
 *
 * @since 0.1.0
 */
public enum MetadataField {
  /** The volume's arranger (立卷人). */
  @JsonProperty("volume.arranger")
  ARRANGER("volume.arranger", v -> v.arranger() != null, null),
  /** The volume's checker (检查人). */
  @JsonProperty("volume.checker")
  CHECKER("volume.checker", v -> v.checker() != null, null),
  /** The date the volume was arranged (立卷日期). */
  @JsonProperty("volume.arrangedOn")
  ARRANGED_ON("volume.arrangedOn", v -> v.arrangedOn() != null, null),
  /** Each catalogue row's archival code (档号). */
  @JsonProperty("catalogue.archivalCode")
  ARCHIVAL_CODE("catalogue.archivalCode", null, CatalogEntry::archivalCode),
  /** Each catalogue row's document number (文号). */
  @JsonProperty("catalogue.documentNumber")
  DOCUMENT_NUMBER("catalogue.documentNumber", null, CatalogEntry::documentNumber);

  private final String jsonName;

  // Stateless lambdas and method references: the enum stays immutable.
  @SuppressWarnings("ImmutableEnumChecker")
  private final @Nullable Predicate<Volume> volumeHas;

  @SuppressWarnings("ImmutableEnumChecker")
  private final @Nullable Function<CatalogEntry, Object> entryValue;

  MetadataField(
      String jsonName,
      @Nullable Predicate<Volume> volumeHas,
      @Nullable Function<CatalogEntry, Object> entryValue) {
    this.jsonName = jsonName;
    this.volumeHas = volumeHas;
    this.entryValue = entryValue;
  }

  /** {@return the name in rule data and in defect arguments, e.g. {@code "volume.arranger"}} */
  public String jsonName() {
    return jsonName;
  }

  /** {@return true for a field of each catalogue row, false for a field of the volume} */
  public boolean perCatalogueRow() {
    return entryValue != null;
  }

  /**
   * {@return true when the volume carries this field; only for volume fields}
   *
   * @param volume the volume
   */
  public boolean presentIn(Volume volume) {
    if (volumeHas == null) {
      throw new IllegalStateException(
          jsonName + " is a catalogue field; use presentIn(CatalogEntry)");
    }
    return volumeHas.test(volume);
  }

  /**
   * {@return true when the catalogue row carries this field; only for catalogue fields}
   *
   * @param entry the catalogue row
   */
  public boolean presentIn(CatalogEntry entry) {
    if (entryValue == null) {
      throw new IllegalStateException(jsonName + " is a volume field; use presentIn(Volume)");
    }
    return entryValue.apply(entry) != null;
  }
}
