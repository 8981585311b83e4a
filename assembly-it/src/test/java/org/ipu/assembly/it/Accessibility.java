package org.ipu.assembly.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;

/** axe-core on the page a browser shows: WCAG 2.1 A and AA, no serious or critical violation. */
final class Accessibility {

  private Accessibility() {}

  /** Fails with each serious or critical violation (rule, impact, the elements) if there is one. */
  static void check(Browser browser) {
    problems(browser, analyse(browser));
  }

  /**
   * As {@link #check}, and the page was analysed, not skipped: axe passed its rules on the
   * document's language and title and, in the languages written in Latin letters, checked the
   * colour contrast of its text. In Arabic, axe-core's test for icon ligatures (it draws a text's
   * first letter alone and compares it with the text's start, which never matches in a joined
   * script; after three such texts in one typeface it skips that typeface's text) leaves the
   * contrast of Noto Sans Arabic text unchecked: the Arabic pages use the same colours as their
   * English twins, whose contrast is checked.
   */
  static void checkAnalysed(Browser browser, String language) {
    Results results = analyse(browser);
    problems(browser, results);
    List<String> analysed =
        "ar".equals(language)
            ? List.of("html-has-lang", "html-lang-valid", "document-title")
            : List.of("html-has-lang", "html-lang-valid", "document-title", "color-contrast");
    List<String> passed = results.getPasses().stream().map(Rule::getId).toList();
    if (!passed.containsAll(analysed)) {
      throw new AssertionError(
          "axe-core did not analyse " + browser.path() + ": passed only " + passed);
    }
  }

  /**
   * axe-core in the page itself: its default opens a blank window to run in and switches back,
   * which failed now and then on a loaded machine ("switchToWindow failed"); the pages have no
   * frames of another origin, for which that window is meant.
   */
  private static Results analyse(Browser browser) {
    browser.settle();
    return new AxeBuilder()
        .setLegacyMode(true)
        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
        .analyze(browser.driver());
  }

  private static void problems(Browser browser, Results results) {
    List<Rule> serious =
        results.getViolations().stream()
            .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
            .toList();
    if (!serious.isEmpty()) {
      throw new AssertionError(
          "accessibility of "
              + browser.path()
              + ":\n"
              + serious.stream()
                  .map(
                      r ->
                          r.getId()
                              + " ("
                              + r.getImpact()
                              + "): "
                              + r.getHelp()
                              + " at "
                              + r.getNodes().stream()
                                  .map(
                                      n ->
                                          n.getTarget()
                                              + " "
                                              + n.getHtml()
                                              + " ("
                                              + n.getFailureSummary()
                                              + ")")
                                  .collect(Collectors.joining(", ")))
                  .collect(Collectors.joining("\n")));
    }
  }
}
