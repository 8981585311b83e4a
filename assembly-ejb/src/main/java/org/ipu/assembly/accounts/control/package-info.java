/**
 * How the accounts component does its work behind the boundary: issuing invitations (a token, its
 * hash stored, the link mailed through the platform's outbox) and how long they last; and what it
 * provides to the components below it through the platform's interfaces (whether the signed-in
 * person may act for a parliament).
 */
package org.ipu.assembly.accounts.control;
