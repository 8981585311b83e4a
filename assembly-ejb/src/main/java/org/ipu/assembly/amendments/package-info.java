/**
 * Draft resolutions of the four Standing Committees and the amendments Member Parliaments table to
 * them: the draft's paragraphs with identities that survive renumbering and correction, amendments
 * keyed by paragraph, version and words (refused, with the reason, when the text no longer
 * matches), co-sponsorship confirmed by each parliament's own focal point, the deadline kept by the
 * server, the base text corrected without corrupting amendments (they are marked for review), and
 * the committee's consolidated list with conflicts, identical amendments and a voting order.
 */
package org.ipu.assembly.amendments;
