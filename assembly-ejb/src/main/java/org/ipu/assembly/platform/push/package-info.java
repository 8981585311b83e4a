/**
 * Push to live screens after commit, for any component. A component fires a {@link
 * org.ipu.assembly.platform.push.ChannelChange} (its own event type implementing it, or a {@link
 * org.ipu.assembly.platform.push.ChannelChanged}) inside the transaction that changed something;
 * {@link org.ipu.assembly.platform.push.PushFeed} hands it to the channel's subscriber (the web
 * tier) only after that transaction commits. A component that owns a channel provides a {@link
 * org.ipu.assembly.platform.push.ChannelOwner}: its frames and what a screen receives when it
 * (re)joins. This package knows no business component.
 */
package org.ipu.assembly.platform.push;
