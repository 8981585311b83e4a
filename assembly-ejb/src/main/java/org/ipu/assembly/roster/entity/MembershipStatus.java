package org.ipu.assembly.roster.entity;

/** A parliament's standing in the IPU. Only Members vote; Associate Members and observers never. */
public enum MembershipStatus {
  MEMBER,
  ASSOCIATE_MEMBER,
  OBSERVER
}
