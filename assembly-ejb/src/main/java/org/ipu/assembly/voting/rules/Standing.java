package org.ipu.assembly.voting.rules;

/**
 * A delegation's standing in the IPU, as the vote allocation sees it: only Members vote; Associate
 * Members and observers never. (The roster keeps each parliament's standing; the voting component
 * maps it to this.)
 */
public enum Standing {
  MEMBER,
  ASSOCIATE_MEMBER,
  OBSERVER
}
