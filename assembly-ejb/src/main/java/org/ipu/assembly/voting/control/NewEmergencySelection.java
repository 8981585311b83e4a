package org.ipu.assembly.voting.control;

import java.util.List;

/**
 * What the Secretariat fills in to set up an emergency item selection (Assembly Rule 11.2): a
 * subject, the method (electronic or roll call; default electronic) and the requests as tabled, in
 * order (they are lettered A, B, C, ...). The selection checks each value (a refusal's code names
 * the problem).
 *
 * @param requests from 1 to 26 requests
 */
public record NewEmergencySelection(String subject, String method, List<TabledRequest> requests) {

  /**
   * A request as tabled.
   *
   * @param title what the emergency item would be (at most 500 characters)
   * @param sponsors who tabled it (optional, at most 150 characters)
   */
  public record TabledRequest(String title, String sponsors) {}
}
