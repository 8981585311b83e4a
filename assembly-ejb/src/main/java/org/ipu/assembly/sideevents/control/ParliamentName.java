package org.ipu.assembly.sideevents.control;

/** A parliament to choose as organiser or guest, named in the reader's language. */
public record ParliamentName(long id, String name) {}
