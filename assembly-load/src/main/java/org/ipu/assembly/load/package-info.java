/**
 * The load harness: boots the application as the run command does (or targets a running one), sets
 * up a plenary of 150 delegations and 1,500 present delegates, connects 3,000 WebSocket screens,
 * fires 1,500 ballots in 5 seconds through the tablets' REST API (the test kit's client), closes
 * the vote, checks that the result equals the receipts and the server's own recomputation, and
 * writes its figures.
 *
 * <p>Figures that do not depend on how much CPU the shared machine gives at the hour of the run:
 *
 * <ul>
 *   <li>{@code serverCpu}: the Payara process's CPU time (user and system, from the kernel's
 *       counters, read before and after the burst; exact to a clock tick of 10 ms, and free) per
 *       ballot, all included; per ballot cast the same way with no screen connected (one more vote
 *       after the reconnect storms); and per frame, the difference between the two over the frames
 *       broadcast during the burst. The embedded database's CPU per ballot too.
 *   <li>{@code floors}, measured in the same run: {@code jdbcBallotMillis}, the measured vote's
 *       rows of {@code ballot} and of the audit trail (LOAD_FLOOR_TABLES) written again straight
 *       through Connector/J, one transaction and durable commit per ballot, on the burst's
 *       schedule, with as many connections as the server held after the burst, into copies of the
 *       tables in the same database ({@link org.ipu.assembly.load.JdbcFloor}); and {@code
 *       broadcastFrameToAllScreensMillis}, one frame of the application's size written to the same
 *       3,000 sockets, read by the same client, by a WebSocket server of a few lines of plain JDK
 *       sockets in the harness process ({@link org.ipu.assembly.load.BroadcastFloor}: no container
 *       to ship or start, nothing but the writes, so it is the least a frame can cost here), 30
 *       frames 100 ms apart, with the broadcasting thread's CPU time.
 *   <li>{@code ratiosToFloor}: the acknowledgement over the JDBC floor, and commit -> every screen,
 *       frame -> every screen during the burst and close -> every screen over the broadcast floor
 *       (p50 over p50, p95 over p95, p99 over p99), and the server's CPU per frame over the
 *       floor's.
 * </ul>
 */
package org.ipu.assembly.load;
