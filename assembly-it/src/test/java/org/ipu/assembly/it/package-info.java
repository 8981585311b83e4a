/**
 * Integration tests against the whole EAR on Payara Server 6: the REST API as tablets use it, and
 * the pages in headless Chromium. Every test class extends {@link
 * org.ipu.assembly.it.IntegrationTest} (the one deployment, {@link
 * org.ipu.assembly.it.Deployments#ear()}) and works on parliaments, accounts and votes of its own
 * ({@link org.ipu.assembly.it.Plenary#parliament}), never on what another test left.
 */
package org.ipu.assembly.it;
