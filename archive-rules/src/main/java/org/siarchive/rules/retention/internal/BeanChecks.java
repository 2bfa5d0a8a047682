package org.siarchive.rules.retention.internal;

import jakarta.validation.ConstraintViolation;
import org.siarchive.core.id.Masking;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Runs Jakarta Validation over a decoded document and turns the first violation, in document
 * order, into a location (JSON pointer), a reason and the value. The validator factory is built
 * once per class loader, on first use, because building it costs far more than validating.
 */
final class BeanChecks {
  private BeanChecks() {}

  private static final class Holder {
    static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();
  }

  /** A violation located in the document. */
  record Violation(String pointer, String reason, Object value) {}

  /** The first violation in document order, if any. */
  static <T> Optional<Violation> firstViolation(T document) {
    Set<ConstraintViolation<T>> violations = Holder.VALIDATOR.validate(document);
    return violations.stream()
        .map(v -> new Violation(pointerOf(v.getPropertyPath()), v.getMessage(), v.getInvalidValue()))
        .min(Comparator.comparing(Violation::pointer, Pointers.DOCUMENT_ORDER)
            .thenComparing(Violation::reason));
  }

  /** A violating value as a message shows it: texts {@link Masking#quoted}, collections by size. */
  static String shown(Object value) {
    if (value instanceof CharSequence s) {
      return Masking.quoted(s.toString());
    }
    if (value instanceof Collection<?> c) {
      return String.format(Locale.ROOT, "%d elements", c.size());
    }
    return String.valueOf(value);
  }

  /**
   * The JSON pointer of a property path: an index belongs to the node reached through a list, so
   * it is written before the node's name; container-element nodes add only their index.
   */
  static String pointerOf(Path path) {
    StringBuilder b = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable() && node.getIndex() != null) {
        b.append('/').append(node.getIndex());
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        b.append('/').append(Pointers.escape(EditionDocument.jsonName(node.getName())));
      }
    }
    return b.toString();
  }
}
