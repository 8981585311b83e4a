package org.ipu.assembly.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a request record against its Bean Validation constraints and refuses it with an {@link
 * InvalidRequest}. Each constraint's {@code message} is the stable code of the refusal (the
 * resource bundles hold its text under {@code error.<code>}, in every language). Its arguments: the
 * {@code min} and {@code max} of the field's size or range constraint when it has one, else the
 * value sent.
 */
public final class RequestCheck {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  private RequestCheck() {}

  /** The request, if valid; else throws {@link InvalidRequest} naming every field's problem. */
  public static <T extends Record> T check(T request) {
    Set<ConstraintViolation<T>> violations = VALIDATOR.validate(request);
    if (violations.isEmpty()) {
      return request;
    }
    List<String> order =
        Arrays.stream(request.getClass().getRecordComponents())
            .map(RecordComponent::getName)
            .toList();
    Map<String, InvalidRequest.FieldProblem> byField = new LinkedHashMap<>();
    violations.stream()
        .sorted(
            Comparator.comparingInt(
                    (ConstraintViolation<T> v) -> order.indexOf(v.getPropertyPath().toString()))
                .thenComparing(ConstraintViolation::getMessageTemplate))
        .forEach(
            v -> {
              String field = v.getPropertyPath().toString();
              byField.putIfAbsent(
                  field,
                  new InvalidRequest.FieldProblem(
                      field, v.getMessageTemplate(), arguments(request.getClass(), field, v)));
            });
    throw new InvalidRequest(new ArrayList<>(byField.values()));
  }

  private static List<Object> arguments(
      Class<?> type, String field, ConstraintViolation<?> violation) {
    List<ConstraintDescriptor<?>> candidates = new ArrayList<>();
    candidates.add(violation.getConstraintDescriptor());
    var property = VALIDATOR.getConstraintsForClass(type).getConstraintsForProperty(field);
    if (property != null) {
      candidates.addAll(property.getConstraintDescriptors());
    }
    for (ConstraintDescriptor<?> descriptor : candidates) {
      Map<String, Object> attributes = descriptor.getAttributes();
      if (attributes.containsKey("min") && attributes.containsKey("max")) {
        return List.of(attributes.get("min"), attributes.get("max"));
      }
    }
    Object sent = violation.getInvalidValue();
    return sent == null ? List.of() : List.of(sent);
  }
}
