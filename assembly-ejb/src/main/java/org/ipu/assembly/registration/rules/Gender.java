package org.ipu.assembly.registration.rules;

/** A participant's gender as the gender-balance rules count it. */
public enum Gender {
  FEMALE,
  MALE
}
