package org.ipu.assembly.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request the Assembly refuses, with a stable code (for the REST API and the resource bundles,
 * key {@code error.<code>}) and the values its message needs. Rolls the transaction back, so a
 * refused request never leaves a partial write.
 */
@ApplicationException(rollback = true)
public class AssemblyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of refusal this is; the web layer turns it into an HTTP status. */
  public enum Kind {
    INVALID,
    NOT_FOUND,
    FORBIDDEN,
    CONFLICT
  }

  private final Kind kind;
  private final String code;
  private final List<Object> arguments;

  public AssemblyException(Kind kind, String code, Object... arguments) {
    super(code);
    this.kind = kind;
    this.code = code;
    this.arguments = List.of(arguments);
  }

  public static AssemblyException invalid(String code, Object... arguments) {
    return new AssemblyException(Kind.INVALID, code, arguments);
  }

  public static AssemblyException notFound(String code, Object... arguments) {
    return new AssemblyException(Kind.NOT_FOUND, code, arguments);
  }

  public static AssemblyException forbidden(String code, Object... arguments) {
    return new AssemblyException(Kind.FORBIDDEN, code, arguments);
  }

  public static AssemblyException conflict(String code, Object... arguments) {
    return new AssemblyException(Kind.CONFLICT, code, arguments);
  }

  public Kind getKind() {
    return kind;
  }

  public String getCode() {
    return code;
  }

  public List<Object> getArguments() {
    return arguments;
  }
}
