/** The Secretariat's pages: the Member Parliaments of the current Assembly and the accounts. */
package org.ipu.assembly.web.secretariat;
