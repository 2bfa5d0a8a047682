package org.siarchive.rules.quality;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks siarchive ships, in the order suites run them: the volume, its paper, its catalogue,
 * then its images. Together they report every code of the bundled {@link DefectCatalogue}.
 *
 * <pre>{@code
 * Suite mine = Suite.of("paper only", List.of(
 *     BuiltInChecks.byId("paper.item-count").orElseThrow(),
 *     BuiltInChecks.byId("paper.seals").orElseThrow()));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class BuiltInChecks {
  private static final List<Check> ALL =
      List.of(
          BusinessTypeCheck.INSTANCE,
          RetentionCheck.INSTANCE,
          ItemCountCheck.INSTANCE,
          MaterialsCheck.INSTANCE,
          SealsCheck.INSTANCE,
          PageNumbersCheck.INSTANCE,
          PageCountCheck.INSTANCE,
          DatesCheck.INSTANCE,
          ArchivalCodeCheck.INSTANCE,
          MetadataCheck.INSTANCE,
          CatalogueImagesCheck.INSTANCE,
          PaperImagesCheck.INSTANCE,
          ImageQualityCheck.INSTANCE,
          ImageDuplicateCheck.INSTANCE,
          ImageSequenceCheck.INSTANCE,
          ImageContentCheck.INSTANCE,
          ImageFileCheck.INSTANCE,
          ImageSealCheck.INSTANCE);

  private BuiltInChecks() {}

  /** {@return every built-in check, in running order} */
  public static List<Check> all() {
    return ALL;
  }

  /**
   * {@return the built-in check with that id, e.g. {@code "paper.seals"}}
   *
   * @param id the check's id
   */
  public static Optional<Check> byId(String id) {
    for (Check c : ALL) {
      if (c.id().equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the built-in check with that id}
   *
   * @param id the check's id, e.g. {@code "paper.seals"}
   * @throws IllegalArgumentException naming the id and the known ids
   */
  public static Check require(String id) {
    return byId(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    String.format(
                        Locale.ROOT,
                        "Invalid value for check (one of %s): %s",
                        ALL.stream().map(Check::id).toList(),
                        id)));
  }
}
