package org.ipu.assembly.platform.documents;

import java.util.Objects;

/**
 * A document's XHTML template: a FreeMarker {@code .ftlx} file in the package of {@code origin}
 * (which also gives the class loader that finds it), e.g. {@code new DocumentTemplate(VoteRecord
 * .class, "vote-record.ftlx")}.
 *
 * @param origin a class of the component that owns the template
 * @param name the file name, relative to the package of {@code origin}
 */
public record DocumentTemplate(Class<?> origin, String name) {

  public DocumentTemplate {
    Objects.requireNonNull(origin, "origin");
    if (name == null || !name.endsWith(".ftlx") || name.contains("..")) {
      throw new IllegalArgumentException("a template is an .ftlx file name, was " + name);
    }
  }
}
