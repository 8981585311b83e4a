package org.ipu.assembly.platform;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A number from a request that must be a whole number from {@link #min()} to {@link #max()}, read
 * exactly ({@link WholeNumber}): 12.5 or 1e309 are refused, never rounded. {@code null} is valid
 * (add {@code @NotNull} where the number is required).
 */
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = Whole.Check.class)
public @interface Whole {

  /** The stable code of the refusal (see {@link RequestCheck}). */
  String message();

  long min() default 0;

  long max() default Long.MAX_VALUE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link Whole}. */
  class Check implements ConstraintValidator<Whole, Number> {
    private long min;
    private long max;

    @Override
    public void initialize(Whole whole) {
      min = whole.min();
      max = whole.max();
    }

    @Override
    public boolean isValid(Number value, ConstraintValidatorContext context) {
      return value == null || WholeNumber.of(value, min, max).isPresent();
    }
  }
}
