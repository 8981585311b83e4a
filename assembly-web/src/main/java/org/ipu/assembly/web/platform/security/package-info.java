/**
 * Who is signed in: a form sign-in for the pages (session), HTTP Basic for REST clients such as
 * tablets and the load harness, both checked against the accounts table with PBKDF2 hashes.
 */
package org.ipu.assembly.web.platform.security;
