/**
 * Integration tests against the whole EAR on Payara Server 6: the REST API as tablets use it, and
 * the pages in headless Chromium. {@link org.ipu.assembly.it.Deployments} is the one deployment
 * every test class shares.
 */
package org.ipu.assembly.it;
