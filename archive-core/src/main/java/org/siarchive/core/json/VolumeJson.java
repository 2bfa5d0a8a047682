package org.siarchive.core.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.id.CitizenId;
import org.siarchive.core.id.CreditCode;
import org.siarchive.core.model.BusinessType;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.Item;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.RetentionPeriod;
import org.siarchive.core.model.Volume;

/**
 * The wire form of a volume: the volume's fields preceded by {@code schemaVersion}. Kept apart from
 * {@link Volume} so the Java model and the documented schema can each change on its own.
 */
@JsonPropertyOrder({
  "schemaVersion",
  "id",
  "subCenterId",
  "subCenterName",
  "year",
  "businessType",
  "retention",
  "title",
  "person",
  "employer",
  "arranger",
  "checker",
  "arrangedOn",
  "catalogue",
  "items",
  "images"
})
record VolumeJson(
    @JsonProperty(required = true) int schemaVersion,
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) String subCenterId,
    @Nullable String subCenterName,
    @JsonProperty(required = true) int year,
    @JsonProperty(required = true) BusinessType businessType,
    @JsonProperty(required = true) RetentionPeriod retention,
    @JsonProperty(required = true) String title,
    @Nullable CitizenId person,
    @Nullable CreditCode employer,
    @Nullable String arranger,
    @Nullable String checker,
    @Nullable LocalDate arrangedOn,
    @JsonProperty(required = true) List<CatalogEntry> catalogue,
    @JsonProperty(required = true) List<Item> items,
    @JsonProperty(required = true) List<PageImage> images) {

  static VolumeJson from(Volume v) {
    return new VolumeJson(
        ArchiveJson.SCHEMA_VERSION,
        v.id(),
        v.subCenterId(),
        v.subCenterName(),
        v.year(),
        v.businessType(),
        v.retention(),
        v.title(),
        v.person(),
        v.employer(),
        v.arranger(),
        v.checker(),
        v.arrangedOn(),
        v.catalogue(),
        v.items(),
        v.images());
  }

  Volume toVolume() {
    return new Volume(
        id,
        subCenterId,
        subCenterName,
        year,
        businessType,
        retention,
        title,
        person,
        employer,
        arranger,
        checker,
        arrangedOn,
        catalogue,
        items,
        images);
  }
}
