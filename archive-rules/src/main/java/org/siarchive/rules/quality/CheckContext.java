package org.siarchive.rules.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.siarchive.rules.material.MaterialRules;

/**
 * What checks judge a volume against: the material rules and defect catalogue in force, the stage,
 * the clock that says what "in the future" means, and optionally where the image files are (for
 * the digest check).
 *
 * <p>Immutable and thread-safe (when the clock and the content source are).
 *
 * <pre>{@code
 * CheckContext context = CheckContext.builder(MaterialRules.bundledIllustrative())
 *     .stage(Stage.PRE_ACCEPTANCE)
 *     .clock(Clock.systemDefaultZone())
 *     .build();
 * }</pre>
 */
public final class CheckContext {
  private final MaterialRules materialRules;
  private final DefectCatalogue catalogue;
  private final Stage stage;
  private final Clock clock;
  private final ContentSource contentSource;

  private CheckContext(Builder b) {
    this.materialRules = b.materialRules;
    this.catalogue = b.catalogue;
    this.stage = b.stage;
    this.clock = b.clock;
    this.contentSource = b.contentSource;
  }

  /**
   * A builder with the bundled catalogue, stage {@link Stage#ALL}, the UTC system clock and no
   * content source.
   */
  public static Builder builder(MaterialRules materialRules) {
    return new Builder(materialRules);
  }

  /** The material rules in force. */
  public MaterialRules materialRules() {
    return materialRules;
  }

  /** The defect catalogue in force. */
  public DefectCatalogue catalogue() {
    return catalogue;
  }

  /** The stage. */
  public Stage stage() {
    return stage;
  }

  /** The clock. */
  public Clock clock() {
    return clock;
  }

  /** Today by the clock. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Where image files are, when the host gave one. */
  public Optional<ContentSource> contentSource() {
    return Optional.ofNullable(contentSource);
  }

  /** The rule editions in force, as a report names them: material rules, then the catalogue. */
  public List<String> editions() {
    List<String> list = new ArrayList<>();
    list.add(materialRules.label());
    list.add(catalogue.label());
    return List.copyOf(list);
  }

  /** A builder holding this context's settings. */
  public Builder toBuilder() {
    return new Builder(materialRules)
        .catalogue(catalogue)
        .stage(stage)
        .clock(clock)
        .contentSource(contentSource);
  }

  /** Builds a {@link CheckContext}. Not thread-safe; setters fail fast on null. */
  public static final class Builder {
    private final MaterialRules materialRules;
    private DefectCatalogue catalogue = DefectCatalogue.bundled();
    private Stage stage = Stage.ALL;
    private Clock clock = Clock.system(ZoneOffset.UTC);
    private ContentSource contentSource;

    private Builder(MaterialRules materialRules) {
      this.materialRules = Objects.requireNonNull(materialRules, "materialRules");
    }

    /** Sets the catalogue. */
    public Builder catalogue(DefectCatalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
      return this;
    }

    /** Sets the stage. */
    public Builder stage(Stage stage) {
      this.stage = Objects.requireNonNull(stage, "stage");
      return this;
    }

    /** Sets the clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Sets where image files are; null for none. */
    public Builder contentSource(ContentSource contentSource) {
      this.contentSource = contentSource;
      return this;
    }

    /** Builds the context. */
    public CheckContext build() {
      return new CheckContext(this);
    }
  }
}
