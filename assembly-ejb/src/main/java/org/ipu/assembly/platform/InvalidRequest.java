package org.ipu.assembly.platform;

import java.util.List;

/**
 * A request refused by its Bean Validation constraints: the code and arguments of its first problem
 * (in the order of the request's fields), and every field's problem, so that a form or an API
 * client can show them all at once.
 */
public class InvalidRequest extends AssemblyException {

  private static final long serialVersionUID = 1L;

  /** One field's problem: the field, its stable code and the values its message needs. */
  public record FieldProblem(String field, String code, List<Object> arguments)
      implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
  }

  private final List<FieldProblem> problems;

  public InvalidRequest(List<FieldProblem> problems) {
    super(Kind.INVALID, problems.get(0).code(), problems.get(0).arguments().toArray());
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> getProblems() {
    return problems;
  }
}
