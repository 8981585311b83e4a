/**
 * The current Assembly's settings on the web, for the Secretariat: {@code GET}/{@code PUT
 * /api/settings} and {@code secretariat/settings.xhtml}. Both show every setting of the catalog
 * with no code per setting; a change names the version it was made on.
 */
package org.ipu.assembly.web.settings;
