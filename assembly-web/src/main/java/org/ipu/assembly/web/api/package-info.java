/**
 * The JSON REST API under {@code /api} (documented at {@code /openapi}): what tablets, a future
 * native app and the load harness use. Every refusal is a JSON {@link ApiError} with a stable code
 * and a message in the client's language; never an HTML page or a stack trace.
 */
package org.ipu.assembly.web.api;
