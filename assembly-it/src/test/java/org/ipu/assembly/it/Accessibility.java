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
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(browser.driver());
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
