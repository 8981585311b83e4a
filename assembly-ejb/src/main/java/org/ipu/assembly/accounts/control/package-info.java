/**
 * What the accounts component provides to the components below it through the platform's
 * interfaces: whether the signed-in person may act for a parliament.
 */
package org.ipu.assembly.accounts.control;
