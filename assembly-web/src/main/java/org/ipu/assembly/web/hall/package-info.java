/** Public pages, no sign-in: the hall display and the results of closed votes (open data). */
package org.ipu.assembly.web.hall;
