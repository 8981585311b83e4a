/**
 * Accounts on the web: sign-in and sign-out ({@code login.xhtml}), where each role lands and the
 * places its navigation offers, who is signed in ({@code /api/accounts/me}), and the Secretariat's
 * accounts ({@code /api/accounts}, {@code secretariat/accounts.xhtml}).
 */
package org.ipu.assembly.web.accounts;
