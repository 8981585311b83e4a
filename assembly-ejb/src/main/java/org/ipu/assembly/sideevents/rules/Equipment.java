package org.ipu.assembly.sideevents.rules;

/** What a room may have and an event may need. */
public enum Equipment {
  PROJECTOR,
  MICROPHONES,
  VIDEO_CONFERENCE,
  WHITEBOARD
}
