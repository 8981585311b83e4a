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
import java.util.Arrays;
import java.util.Locale;

/**
 * A text from a request that names a constant of {@link #value()}, in any case and with spaces
 * around it. {@code null} is valid (the request's default applies).
 */
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = EnumName.Check.class)
public @interface EnumName {

  /** The stable code of the refusal (see {@link RequestCheck}); its argument is the value sent. */
  String message();

  Class<? extends Enum<?>> value();

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link EnumName}. */
  class Check implements ConstraintValidator<EnumName, String> {
    private Enum<?>[] constants;

    @Override
    public void initialize(EnumName name) {
      constants = name.value().getEnumConstants();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      String wanted = value.trim().toUpperCase(Locale.ROOT);
      return Arrays.stream(constants).anyMatch(c -> c.name().equals(wanted));
    }
  }
}
