/**
 * Live channels: each {@link org.ipu.assembly.platform.push.ChannelOwner} of the business tier (the
 * plenary's votes today) gets a WebSocket endpoint of its own, {@code /ws/}<i>name</i>, that its
 * screens join. Its committed changes come from the {@link
 * org.ipu.assembly.platform.push.PushFeed}, after commit only; each subject's changes are coalesced
 * into at most one frame every 100 ms (urgent ones go at once); a frame is prepared and serialised
 * once and broadcast to that channel's sockets, numbered in sequence per channel; a screen that
 * (re)joins receives the owner's snapshot.
 */
package org.ipu.assembly.web.platform.push;
