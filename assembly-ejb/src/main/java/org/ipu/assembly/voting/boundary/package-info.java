/** The voting services: thin EJBs that check roles, lock the vote, apply the rules and record. */
package org.ipu.assembly.voting.boundary;
