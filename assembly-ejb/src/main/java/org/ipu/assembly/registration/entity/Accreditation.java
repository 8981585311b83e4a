package org.ipu.assembly.registration.entity;

/**
 * How an approved registration accredits a member of parliament for the plenary of its Assembly: as
 * a delegate, who may be present and cast the delegation's votes when designated, or as the head of
 * delegation, who casts them and designates the delegates who may.
 */
public enum Accreditation {
  DELEGATE,
  HEAD
}
