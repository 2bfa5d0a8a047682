package org.siarchive.rules.retention;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.internal.Checks;

/**
 * The regulation that issues an edition: its name, its document number, and the part of the
 * document holding the table. A deferring row ({@code defers-to:NAME}) resolves through the loaded
 * edition whose regulation has that name.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RegulationSource s = new RegulationSource(
 *     "社会保险业务档案管理规定（试行）", "人社部/国家档案局令第3号", "附件");
 * }</pre>
 *
 * @param regulation the regulation's name, 1 to 200 characters
 * @param documentNumber its document number, 1 to 200 characters
 * @param part the part holding the table, 1 to 200 characters; null when the whole document
 * @since 0.1.0
 */
public record RegulationSource(String regulation, String documentNumber, @Nullable String part) {

  /**
   * Checks the fields.
   *
   * @param regulation the regulation's name, 1 to 200 characters
   * @param documentNumber its document number, 1 to 200 characters
   * @param part the part holding the table, 1 to 200 characters; null when the whole document
   */
  public RegulationSource {
    Checks.text(regulation, 200, "regulation");
    Checks.text(documentNumber, 200, "documentNumber");
    Checks.optionalText(part, 200, "part");
  }

  /** {@return the part holding the table, if named} */
  public Optional<String> partIfAny() {
    return Optional.ofNullable(part);
  }
}
