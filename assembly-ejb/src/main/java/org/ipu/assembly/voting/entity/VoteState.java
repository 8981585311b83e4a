package org.ipu.assembly.voting.entity;

/**
 * A vote's lifecycle: draft, open, closed; an annulled vote is replaced by a new draft, never
 * reopened.
 */
public enum VoteState {
  DRAFT,
  OPEN,
  CLOSED,
  ANNULLED
}
