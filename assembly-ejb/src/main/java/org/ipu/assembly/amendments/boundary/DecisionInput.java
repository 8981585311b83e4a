package org.ipu.assembly.amendments.boundary;

/**
 * A decision on an amendment: {@code decision} (ADOPTED, ADOPTED_AS_REVISED, REJECTED, WITHDRAWN,
 * MERGED, FELL), the text as orally revised (ADOPTED_AS_REVISED only), the number of the other
 * amendment (MERGED: merged into it; FELL: adopted, it made this one impossible), and the version
 * of the decision as read (absent when there was none).
 */
public record DecisionInput(String decision, String revisedText, Integer other, Long version) {}
