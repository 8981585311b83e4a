package org.ipu.assembly.amendments.rules;

import java.util.List;

/** The draft after a change, or why the change does not apply. */
public sealed interface Outcome {

  record Applied(List<BaseParagraph> paragraphs) implements Outcome {
    public Applied {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  record Refused(Refusal refusal) implements Outcome {
    public String code() {
      return refusal.code();
    }
  }

  static Outcome refused(String code) {
    return new Refused(new Refusal(code));
  }
}
