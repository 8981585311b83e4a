package org.ipu.assembly.roster.entity;

/** The six geopolitical groups of the IPU. A Member may belong to more than one. */
public enum GeoGroup {
  AFRICAN,
  ARAB,
  ASIA_PACIFIC,
  EURASIA,
  GRULAC,
  TWELVE_PLUS
}
