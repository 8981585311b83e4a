package org.ipu.assembly.web.platform.errors;

import java.util.List;

/**
 * A refused request: {@code status} is the HTTP status, {@code code} stays the same across releases
 * and languages (clients switch on it), {@code message} is for people. A request refused by its
 * constraints also names each field's problem in {@code fields} (absent otherwise); {@code code}
 * and {@code message} are then those of the first.
 */
public record ApiError(int status, String code, String message, List<FieldError> fields) {

  public ApiError(int status, String code, String message) {
    this(status, code, message, null);
  }

  /** One field's problem: the field as the request names it, its stable code, and the text. */
  public record FieldError(String field, String code, String message) {}
}
