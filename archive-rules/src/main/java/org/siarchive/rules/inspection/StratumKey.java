package org.siarchive.rules.inspection;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.siarchive.core.InvalidValueException;

/**
 * The key of one stratum of a population: a sub-centre, or a sub-centre and a volume category
 * (business type or insurance line, as the host's {@link Strata} chooses). Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * StratumKey.ofSubCenter("SC01").id();                        // "SC01"
 * StratumKey.of("SC01", "PENSION/REGISTRATION").id();         // "SC01/PENSION/REGISTRATION"
 * }</pre>
 *
 * @param subCenter the sub-centre id, non-empty, without {@code /}
 * @param category the category within the sub-centre, non-empty when present
 * @since 0.1.0
 */
public record StratumKey(String subCenter, Optional<String> category)
    implements Comparable<StratumKey> {

  private static final Comparator<StratumKey> ORDER =
      Comparator.comparing(StratumKey::subCenter)
          .thenComparing(k -> k.category().orElse(""), Comparator.naturalOrder());

  /**
   * Validates the components.
   *
   * @param subCenter the sub-centre id, non-empty, without {@code /}
   * @param category the category within the sub-centre, non-empty when present
   */
  public StratumKey {
    Objects.requireNonNull(subCenter, "subCenter");
    Objects.requireNonNull(category, "category");
    if (subCenter.isEmpty() || subCenter.indexOf('/') >= 0) {
      throw new InvalidValueException(
          "subCenter", "non-empty, without '/'", "\"" + subCenter + "\"");
    }
    if (category.isPresent() && category.get().isEmpty()) {
      throw new InvalidValueException("category", "non-empty when present", "\"\"");
    }
  }

  /**
   * Obtains the key of a sub-centre stratum.
   *
   * @param subCenter the sub-centre id
   * @return the key without a category
   */
  public static StratumKey ofSubCenter(String subCenter) {
    return new StratumKey(subCenter, Optional.empty());
  }

  /**
   * Obtains the key of a sub-centre's category.
   *
   * @param subCenter the sub-centre id
   * @param category the category, e.g. a business type's text form
   * @return the key
   */
  public static StratumKey of(String subCenter, String category) {
    return new StratumKey(subCenter, Optional.of(Objects.requireNonNull(category, "category")));
  }

  /** {@return whether the key names a category (not only a sub-centre)} */
  public boolean hasCategory() {
    return category.isPresent();
  }

  /** {@return the key of this stratum's sub-centre alone} */
  public StratumKey toSubCenter() {
    return hasCategory() ? ofSubCenter(subCenter) : this;
  }

  /**
   * {@return the text form, {@code subCenter} or {@code subCenter/category}, unique per key (the
   * sub-centre holds no {@code /}); the id of the stratum in an allocation}
   */
  public String id() {
    return category.map(c -> subCenter + "/" + c).orElse(subCenter);
  }

  /** Orders by sub-centre, then category (a key without category first). */
  @Override
  public int compareTo(StratumKey other) {
    return ORDER.compare(this, other);
  }

  /** Returns {@link #id()}. */
  @Override
  public String toString() {
    return id();
  }
}
