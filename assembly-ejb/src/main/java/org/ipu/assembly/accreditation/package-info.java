/**
 * Accreditation at the venue: the badges of the participants of approved delegations (each QR code
 * an opaque random token, revoked when the badge is reprinted), check-in at the desks and the doors
 * (arrival at the Assembly, entry to the plenary hall, attendance per day; a desk that lost the
 * network replays its scans, counted once), the list of participants as published, visa-support
 * letters and the live statistics of the Assembly. Builds on the registration (who is accredited)
 * and on the plenary (an entry to the hall asks for the delegate's presence).
 */
package org.ipu.assembly.accreditation;
