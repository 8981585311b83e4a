/**
 * One parliament's page, open to the Secretariat and to that parliament's own focal point and
 * delegates, never to another parliament's.
 */
package org.ipu.assembly.web.parliament;
