package org.ipu.assembly.web.platform.rest;

import java.util.List;

/** How large an {@link Upload} may be now, and how one too large is refused. */
public interface UploadLimit {

  /**
   * The limit now.
   *
   * @param maxBytes the most bytes the body may have
   * @param code the stable code of the 413 refusal (its message: {@code error.<code>})
   * @param arguments the values the message needs
   */
  record Limit(long maxBytes, String code, List<Object> arguments) {

    public Limit {
      arguments = List.copyOf(arguments);
    }
  }

  Limit now();
}
