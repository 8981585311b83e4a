/**
 * Who is signed in: a form sign-in for the pages (session), HTTP Basic for REST clients such as
 * tablets and the load harness, both checked against the accounts table with PBKDF2 hashes; and the
 * security headers every answer carries ({@link
 * org.ipu.assembly.web.platform.security.SecurityHeaders}).
 */
package org.ipu.assembly.web.platform.security;
