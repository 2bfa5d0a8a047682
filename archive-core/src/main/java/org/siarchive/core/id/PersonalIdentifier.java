package org.siarchive.core.id;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * A checked identifier that is personal data: stored whole ({@link #value()}), shown only masked
 * ({@link #toString()}, {@link #masked()}). Two identifiers are equal when they are of the same
 * kind and have the same value.
 *
 * <pre>{@code
 * PersonalIdentifier id = CitizenId.of("11010519491231002X");
 * id.toString();  // "110105********002X"
 * }</pre>
 *
 * @since 0.1.0
 */
public abstract sealed class PersonalIdentifier permits CitizenId, CreditCode {
  private final String value;

  PersonalIdentifier(String value) {
    this.value = value;
  }

  /** {@return the whole identifier} Personal data: store it, never log it. */
  @JsonValue
  public final String value() {
    return value;
  }

  /** {@return the identifier masked, e.g. {@code 110105********002X}; see {@link Masking#mask}} */
  public final String masked() {
    return Masking.mask(value);
  }

  // Equal by kind and value: a CitizenId never equals a CreditCode, and equals is final.
  @SuppressWarnings("EqualsGetClass")
  @Override
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && value.equals(((PersonalIdentifier) o).value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** The masked identifier; see {@link #masked()}. */
  @Override
  public final String toString() {
    return masked();
  }
}
