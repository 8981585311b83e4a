/**
 * Draft resolutions and amendments on the web: the REST API ({@code /api/drafts}, {@code
 * /api/amendments}), the consolidated list as PDF, the Secretariat's draft pages, the focal point's
 * amendment editor and the consolidated list page.
 */
package org.ipu.assembly.web.amendments;
