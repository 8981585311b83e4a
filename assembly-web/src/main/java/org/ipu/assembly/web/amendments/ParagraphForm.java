package org.ipu.assembly.web.amendments;

import java.io.Serializable;
import org.ipu.assembly.amendments.boundary.ParagraphInput;
import org.ipu.assembly.amendments.control.Views.ParagraphView;

/** A paragraph as the Secretariat's draft page edits it. */
public class ParagraphForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private Long version;
  private String citation = "";
  private String kind = "OPERATIVE";
  private String en;
  private String fr;
  private String es;
  private String ar;

  public static ParagraphForm of(ParagraphView p) {
    ParagraphForm form = new ParagraphForm();
    form.id = p.id();
    form.version = p.version();
    form.citation = p.citation();
    form.kind = p.kind();
    form.en = p.en();
    form.fr = p.fr();
    form.es = p.es();
    form.ar = p.ar();
    return form;
  }

  ParagraphInput input(Long after) {
    return new ParagraphInput(version, after, kind, en, fr, es, ar);
  }

  public Long getId() {
    return id;
  }

  public String getCitation() {
    return citation;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getEn() {
    return en;
  }

  public void setEn(String en) {
    this.en = en;
  }

  public String getFr() {
    return fr;
  }

  public void setFr(String fr) {
    this.fr = fr;
  }

  public String getEs() {
    return es;
  }

  public void setEs(String es) {
    this.es = es;
  }

  public String getAr() {
    return ar;
  }

  public void setAr(String ar) {
    this.ar = ar;
  }
}
