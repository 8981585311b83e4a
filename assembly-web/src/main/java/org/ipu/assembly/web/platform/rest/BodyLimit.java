package org.ipu.assembly.web.platform.rest;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Supplier;
import org.ipu.assembly.web.platform.errors.ApiErrors;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * Refuses request bodies over {@value #MAX_BYTES} bytes with 413 ({@code request.too-large}),
 * whether they announce their length or stream it: no JSON request needs more. An {@link Upload} (a
 * badge photo) is limited by its {@link UploadLimit} instead, and refused with that limit's code
 * and values (413 {@code photo.too-large}, with the Assembly's limit).
 */
@Provider
public class BodyLimit implements ContainerRequestFilter {

  @Inject private ApiErrors errors;
  @Inject private Instance<UploadLimit> uploadLimits;
  @Context private ResourceInfo resource;

  static final int MAX_BYTES = 64 * 1024;

  private static final UploadLimit.Limit JSON =
      new UploadLimit.Limit(MAX_BYTES, "request.too-large", List.of());

  @Override
  public void filter(ContainerRequestContext request) {
    UploadLimit.Limit limit = limitOf(resource == null ? null : resource.getResourceMethod());
    Supplier<Response> refusal =
        () ->
            errors
                .response(
                    413,
                    limit.code(),
                    Language.acceptable(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
                    limit.arguments().toArray())
                .header("Connection", "close")
                .build();
    if (request.getLength() > limit.maxBytes()) {
      // Answer at once and close: the client need not send the rest.
      request.abortWith(refusal.get());
      return;
    }
    request.setEntityStream(new Limited(request.getEntityStream(), limit.maxBytes(), refusal));
  }

  private UploadLimit.Limit limitOf(Method method) {
    Upload upload = method == null ? null : method.getAnnotation(Upload.class);
    return upload == null ? JSON : uploadLimits.select(upload.limit()).get().now();
  }

  /** Counts what is read and stops at the limit, with the refusal as the answer. */
  private static final class Limited extends FilterInputStream {
    private final long max;
    private final Supplier<Response> refusal;
    private long read;

    Limited(InputStream in, long max, Supplier<Response> refusal) {
      super(in);
      this.max = max;
      this.refusal = refusal;
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
      if (read > max) {
        throw new WebApplicationException(refusal.get());
      }
    }
  }
}
