/**
 * The JSON REST API's root under {@code /api} (documented at {@code /openapi}), what tablets, a
 * future native app and the load harness use, and the limit on request bodies. The resources
 * themselves live with their component ({@code web.voting}, {@code web.roster}, {@code
 * web.accounts}).
 */
package org.ipu.assembly.web.platform.rest;
