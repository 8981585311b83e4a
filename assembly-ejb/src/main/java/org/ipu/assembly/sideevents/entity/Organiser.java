package org.ipu.assembly.sideevents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One organiser of a side event: a parliament, or an organisation by name. */
@Embeddable
public class Organiser {

  @Column(name = "parliament_id")
  private Long parliamentId;

  private String organisation;

  protected Organiser() {}

  private Organiser(Long parliamentId, String organisation) {
    this.parliamentId = parliamentId;
    this.organisation = organisation;
  }

  public static Organiser parliament(long id) {
    return new Organiser(id, null);
  }

  public static Organiser organisation(String name) {
    return new Organiser(null, name);
  }

  /** The parliament, or null for an organisation. */
  public Long getParliamentId() {
    return parliamentId;
  }

  /** The organisation's name, or null for a parliament. */
  public String getOrganisation() {
    return organisation;
  }
}
