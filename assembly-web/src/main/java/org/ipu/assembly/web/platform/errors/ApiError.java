package org.ipu.assembly.web.platform.errors;

/**
 * A refused request: {@code status} is the HTTP status, {@code code} stays the same across releases
 * and languages (clients switch on it), {@code message} is for people.
 */
public record ApiError(int status, String code, String message) {}
