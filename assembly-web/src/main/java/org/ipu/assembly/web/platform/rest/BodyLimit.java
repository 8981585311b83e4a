package org.ipu.assembly.web.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.ipu.assembly.web.platform.errors.ApiErrors;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * Refuses request bodies over {@value #MAX_BYTES} bytes with 413 ({@code request.too-large}),
 * whether they announce their length or stream it: no API request needs more.
 */
@Provider
public class BodyLimit implements ContainerRequestFilter {

  @Inject private ApiErrors errors;

  static final int MAX_BYTES = 64 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > MAX_BYTES) {
      // Answer at once and close: the client need not send the rest.
      request.abortWith(
          errors
              .response(
                  413,
                  "request.too-large",
                  Language.acceptable(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)))
              .header("Connection", "close")
              .build());
      return;
    }
    request.setEntityStream(new Limited(request.getEntityStream()));
  }

  /** Counts what is read and stops at the limit. */
  private static final class Limited extends FilterInputStream {
    private long read;

    Limited(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > MAX_BYTES) {
        throw new WebApplicationException(413);
      }
    }
  }
}
