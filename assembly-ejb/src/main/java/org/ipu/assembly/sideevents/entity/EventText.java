package org.ipu.assembly.sideevents.entity;

import jakarta.persistence.Embeddable;

/** A side event's title and description in one language. */
@Embeddable
public class EventText {

  private String language;
  private String title;
  private String description;

  protected EventText() {}

  public EventText(String language, String title, String description) {
    this.language = language;
    this.title = title;
    this.description = description;
  }

  public String getLanguage() {
    return language;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }
}
