/**
 * The side events' stored state: rooms and their blocked periods, side events from request to
 * approval with their texts, organisers and invited delegations, replies to join, calendar feeds.
 */
package org.ipu.assembly.sideevents.entity;
