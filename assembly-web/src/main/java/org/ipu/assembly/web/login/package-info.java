/** The sign-in and sign-out pages, and where each role lands after signing in. */
package org.ipu.assembly.web.login;
