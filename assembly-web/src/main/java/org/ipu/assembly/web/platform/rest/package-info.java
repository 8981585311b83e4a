/**
 * The JSON REST API's root under {@code /api} (documented at {@code /openapi}), what tablets, a
 * future native app and the load harness use; the guard against cross-site writes and the limit on
 * request bodies, with the few uploads that are files rather than JSON ({@link
 * org.ipu.assembly.web.platform.rest.Upload}). The resources themselves live with their component
 * ({@code web.voting}, {@code web.roster}, {@code web.accounts}, {@code web.registration}).
 */
package org.ipu.assembly.web.platform.rest;
