/** Each role's home page and navigation: what the signed-in person may do, and nothing else. */
package org.ipu.assembly.web.home;
