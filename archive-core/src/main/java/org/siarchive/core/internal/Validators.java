package org.siarchive.core.internal;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Builds siarchive's Jakarta validators, the one place that does.
 *
 * <p>Design: messages are interpolated by Hibernate Validator's {@link
 * ParameterMessageInterpolator}, which resolves {@code {max}}-style parameters and needs no
 * expression language; none of our constraint messages (nor the default messages of the constraints
 * we use) holds an EL expression, so the messages are the same, and a host on the module path needs
 * neither {@code jakarta.el} nor {@code --add-modules}. Hibernate Validator announces its version
 * ({@code HV000001}) at INFO when first used; through java.util.logging, the fallback when the host
 * has no logging library, that is a line on standard error. So, when the host has set no level for
 * the {@code org.hibernate.validator} logger, it is set to WARNING: the library logs nothing unless
 * the host configures logging. The logger is held here because java.util.logging keeps loggers
 * weakly.
 */
public final class Validators {
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  private Validators() {}

  /**
   * A new factory; the caller closes it (building one is costly: keep it).
   *
   * @return a validator factory of the default provider that interpolates messages without EL
   */
  public static ValidatorFactory factory() {
    synchronized (HIBERNATE_VALIDATOR) {
      if (HIBERNATE_VALIDATOR.getLevel() == null) {
        HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
      }
    }
    return Validation.byDefaultProvider()
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
  }
}
