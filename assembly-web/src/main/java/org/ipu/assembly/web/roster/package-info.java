/**
 * The Assembly's roster on the web: the current Assembly in every page header, the parliaments
 * taking part ({@code /api/parliaments}, {@code secretariat/parliaments.xhtml}), and one
 * parliament's page ({@code parliament/view.xhtml}), open to the Secretariat and to that
 * parliament's own focal point and delegates, never to another parliament's.
 */
package org.ipu.assembly.web.roster;
