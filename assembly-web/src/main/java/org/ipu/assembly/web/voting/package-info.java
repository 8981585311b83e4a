/**
 * Plenary voting on the web: the API's votes, ballots, roll calls, presence, designations,
 * entitlements, selections of the emergency item and audit check ({@code /api/votes}, {@code
 * /api/plenary}, {@code /api/emergency-selections}, {@code /api/audit}), the open data without
 * sign-in ({@code /api/public/votes}, {@code /api/public/emergency-selections}, JSON and CSV), and
 * the pages that use them: the Secretariat's voting console and entitlements ({@code
 * /secretariat}), the delegate's tablet ({@code /delegate}) and the results of closed votes ({@code
 * /hall}); the record of a closed vote as a PDF document ({@link
 * org.ipu.assembly.web.voting.VoteRecord}, {@code /api/public/votes/{id}/record.pdf}); and the
 * words their live scripts need ({@link org.ipu.assembly.web.voting.LiveTexts}). Their live feed is
 * the plenary's push channel ({@code /ws/plenary}, see {@code web.platform.push}).
 */
package org.ipu.assembly.web.voting;
