package org.ipu.assembly.web.api;

/**
 * A refused request: {@code status} is the HTTP status, {@code code} stays the same across releases
 * and languages (clients switch on it), {@code message} is for people.
 */
public record ApiError(int status, String code, String message) {}
