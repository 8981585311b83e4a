package org.ipu.assembly.voting.rules;

import java.util.Optional;

/**
 * A page of the published results, newest first: the page's number (from 0) and its size (1 to
 * {@value #MAX_SIZE}, {@value #DEFAULT_SIZE} unless asked), so that no answer grows with the number
 * of votes the Assembly has held.
 */
public record ResultsPage(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  /** The refusal of a page number below 0 or a size out of range. */
  public static final String INVALID = "results.page.invalid";

  public ResultsPage {
    if (refusal(page, size).isPresent()) {
      throw new IllegalArgumentException("page " + page + ", size " + size);
    }
  }

  /** The page asked for, the defaults for what is not given (null). */
  public static Optional<String> refusal(Integer page, Integer size) {
    int p = page == null ? 0 : page;
    int s = size == null ? DEFAULT_SIZE : size;
    return p < 0 || s < 1 || s > MAX_SIZE || (long) p * s > Integer.MAX_VALUE
        ? Optional.of(INVALID)
        : Optional.empty();
  }

  /** The page asked for, the first and the default size for what is not given (null). */
  public static ResultsPage of(Integer page, Integer size) {
    return new ResultsPage(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
  }

  /** The position of the page's first result among all. */
  public int offset() {
    return page * size;
  }

  /** How many pages hold the given number of results (at least one, perhaps empty). */
  public int pages(long total) {
    return (int) Math.max(1, (total + size - 1) / size);
  }
}
