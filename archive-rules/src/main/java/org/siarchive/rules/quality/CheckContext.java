package org.siarchive.rules.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.ArchiveTime;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.retention.RetentionRules;

/**
 * What checks judge a volume against: the material rules and defect catalogue in force, the stage,
 * the clock that says what "in the future" means, and optionally where the image files are (for the
 * digest check) and the retention schedule edition in force (for the schedule-row check).
 *
 * <p>Immutable and thread-safe (when the clock and the content source are).
 *
 * <pre>{@code
 * CheckContext context = CheckContext.builder(MaterialRules.bundledIllustrative())
 *     .stage(Stage.PRE_ACCEPTANCE)
 *     .clock(ArchiveTime.systemClock())
 *     .retention(RetentionSchedules.withBundledEditions()
 *         .rulesInForce(RetentionSchedules.NATIONAL, ArchiveTime.today(clock)))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CheckContext {
  private final MaterialRules materialRules;
  private final DefectCatalogue catalogue;
  private final Stage stage;
  private final Clock clock;
  private final @Nullable ContentSource contentSource;
  private final @Nullable RetentionRules retention;
  private final boolean readsImageFiles;

  private CheckContext(Builder b) {
    this.materialRules = b.materialRules;
    this.catalogue = b.catalogue;
    this.stage = b.stage;
    this.clock = b.clock;
    this.contentSource = b.contentSource;
    this.retention = b.retention;
    this.readsImageFiles = b.readsImageFiles;
  }

  /**
   * {@return a builder with the bundled catalogue, stage {@link Stage#ALL}, the system clock in
   * {@link ArchiveTime#ZONE}, no content source and no retention schedule}
   *
   * @param materialRules the material rules in force
   */
  public static Builder builder(MaterialRules materialRules) {
    return new Builder(materialRules);
  }

  /** {@return the material rules in force} */
  public MaterialRules materialRules() {
    return materialRules;
  }

  /** {@return the defect catalogue in force} */
  public DefectCatalogue catalogue() {
    return catalogue;
  }

  /**
   * {@return the stage: the one place a run's stage is given} {@link Suite#from(CheckContext)}
   * selects the checks and codes of this stage from {@link #catalogue()}.
   */
  public Stage stage() {
    return stage;
  }

  /** {@return the clock} */
  public Clock clock() {
    return clock;
  }

  /**
   * Today by the clock.
   *
   * @return the clock's date in {@link ArchiveTime#ZONE}
   */
  public LocalDate today() {
    return ArchiveTime.today(clock);
  }

  /** {@return where image files are, when the host gave one} */
  public Optional<ContentSource> contentSource() {
    return Optional.ofNullable(contentSource);
  }

  /**
   * {@return true when the checks read the image files themselves (decoding, format, size, pixel
   * size, resolution, colour, blank pages, skew, seals): set by {@link Builder#imageFiles}} A
   * content source alone ({@link Builder#contentSource}) serves the digest check only.
   */
  public boolean readsImageFiles() {
    return readsImageFiles && contentSource != null;
  }

  /** {@return the retention schedule edition in force, when the host gave one} */
  public Optional<RetentionRules> retention() {
    return Optional.ofNullable(retention);
  }

  /**
   * {@return the rule editions in force, as a report names them: material rules, the catalogue,
   * then the retention schedule when there is one}
   */
  public List<String> editions() {
    List<String> list = new ArrayList<>();
    list.add(materialRules.label());
    list.add(catalogue.label());
    if (retention != null) {
      list.add("retention-schedule " + retention.edition().ref());
    }
    return List.copyOf(list);
  }

  /** {@return a builder holding this context's settings} */
  public Builder toBuilder() {
    return new Builder(materialRules)
        .catalogue(catalogue)
        .stage(stage)
        .clock(clock)
        .contentSource(contentSource)
        .readImageFiles(readsImageFiles)
        .retention(retention);
  }

  /** Builds a {@link CheckContext}. Not thread-safe; setters fail fast on null. */
  public static final class Builder {
    private final MaterialRules materialRules;
    private DefectCatalogue catalogue = DefectCatalogue.bundled();
    private Stage stage = Stage.ALL;
    private Clock clock = ArchiveTime.systemClock();
    private @Nullable ContentSource contentSource;
    private @Nullable RetentionRules retention;
    private boolean readsImageFiles;

    private Builder(MaterialRules materialRules) {
      this.materialRules = Objects.requireNonNull(materialRules, "materialRules");
    }

    /**
     * Sets the catalogue.
     *
     * @param catalogue the defect catalogue
     * @return this builder
     */
    public Builder catalogue(DefectCatalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
      return this;
    }

    /**
     * Sets the stage.
     *
     * @param stage the stage whose checks run
     * @return this builder
     */
    public Builder stage(Stage stage) {
      this.stage = Objects.requireNonNull(stage, "stage");
      return this;
    }

    /**
     * Sets the clock.
     *
     * @param clock the clock that gives today
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets where image files are; null for none.
     *
     * @param contentSource where image files are, or null
     * @return this builder
     */
    public Builder contentSource(@Nullable ContentSource contentSource) {
      this.contentSource = contentSource;
      return this;
    }

    /**
     * Sets where the image files are and has the checks read them: the digest check and the checks
     * of the files themselves (decoding, format, size, pixel size, resolution, colour, blank pages,
     * skew, seals).
     *
     * <pre>{@code
     * builder.imageFiles(ImageFolder.of(Path.of("/scans")));
     * }</pre>
     *
     * @param files where the image files are
     * @return this builder
     */
    public Builder imageFiles(ContentSource files) {
      this.contentSource = Objects.requireNonNull(files, "files");
      this.readsImageFiles = true;
      return this;
    }

    private Builder readImageFiles(boolean read) {
      this.readsImageFiles = read;
      return this;
    }

    /**
     * Sets the retention schedule edition in force; null for none.
     *
     * @param retention the rules of the edition in force, or null
     * @return this builder
     */
    public Builder retention(@Nullable RetentionRules retention) {
      this.retention = retention;
      return this;
    }

    /**
     * Builds the context.
     *
     * @return the context
     */
    public CheckContext build() {
      return new CheckContext(this);
    }
  }
}
