package org.siarchive.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.siarchive.core.internal.Checks;
import org.siarchive.core.internal.Forms;

/**
 * A district sub-centre (分中心): it handles business, forms the archives and transfers them to the
 * archive centre.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * SubCenter hp = new SubCenter("SC01", "和平分中心");
 * }</pre>
 *
 * @param id the sub-centre's code, {@code [A-Za-z0-9][A-Za-z0-9_-]{0,31}}
 * @param name its name, 1 to 100 characters
 * @since 0.1.0
 */
public record SubCenter(
    @NotNull @Pattern(regexp = ID_PATTERN) String id, @NotBlank @Size(max = 100) String name) {

  /** The form of a sub-centre code. */
  public static final String ID_PATTERN = Forms.SUB_CENTER_ID_REGEX;

  /**
   * Checks the fields.
   *
   * @param id the sub-centre's code, {@code [A-Za-z0-9][A-Za-z0-9_-]{0,31}}
   * @param name its name, 1 to 100 characters
   */
  public SubCenter {
    Checks.form(id, Forms.SUB_CENTER_ID, "id");
    Checks.text(name, 100, "name");
  }
}
