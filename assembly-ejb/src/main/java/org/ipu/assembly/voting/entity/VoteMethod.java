package org.ipu.assembly.voting.entity;

/** How a vote is taken. */
public enum VoteMethod {
  /** Delegations cast from their tablets; the board of who voted how is public. */
  ELECTRONIC,
  /**
   * The Secretariat calls the delegations in order (from a letter drawn by lot) and enters each
   * declared split.
   */
  ROLL_CALL,
  /** Who took part is recorded, never how: only totals exist. */
  SECRET;

  public boolean isNamed() {
    return this != SECRET;
  }
}
