/**
 * Live screens: one WebSocket endpoint ({@code /ws/plenary}) that every tablet, console and hall
 * screen joins, and the broadcaster that sends each committed vote change there as one prepared
 * frame, at most one tally frame per vote every 100 ms however many ballots arrive.
 */
package org.ipu.assembly.web.live;
