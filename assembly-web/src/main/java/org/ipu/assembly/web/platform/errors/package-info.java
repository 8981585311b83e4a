/**
 * The API's one error contract: every refusal is a JSON {@link
 * org.ipu.assembly.web.platform.errors.ApiError} with a stable code and a message in the client's
 * language, never an HTML page or a stack trace; a database out of reach is 503 {@code
 * service.unavailable} with Retry-After.
 */
package org.ipu.assembly.web.platform.errors;
