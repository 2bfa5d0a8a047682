package org.siarchive.rules.retention.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A schedule id ({@value EditionDocument#SCHEDULE_ID}), in one place for every component of the
 * edition format that holds one; null is valid (add {@code @NotNull} where the value is required).
 * The violation is the composed {@code @Pattern}'s, with its message.
 */
@Pattern(regexp = EditionDocument.SCHEDULE_ID, message = ScheduleIdForm.MESSAGE)
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ScheduleIdForm {
  /** What the form is, in words. */
  String MESSAGE = "a schedule id: lower-case letters, digits and '-', 1 - 64 characters";

  /** The message, unused: the composed constraint reports. */
  String message() default MESSAGE;

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
