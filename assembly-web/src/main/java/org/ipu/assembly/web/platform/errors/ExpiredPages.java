package org.ipu.assembly.web.platform.errors;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A page posted after its state was lost (the session expired, the server restarted, or the form's
 * view state was forged) is shown again, fresh, with {@code expired=1} in its address, which the
 * page template turns into "this page expired" in the visitor's language: never an error page, a
 * stack trace in the log, or a 500. The sign-in form keeps no state, so it simply signs in.
 */
public class ExpiredPages extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(ExpiredPages.class.getName());

  /** Installs {@link ExpiredPages} in front of the platform's exception handler. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ExpiredPages(getWrapped().getExceptionHandler());
    }
  }

  public ExpiredPages(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      if (expired(events.next().getContext().getException())) {
        events.remove();
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String again = again((HttpServletRequest) external.getRequest());
        LOG.fine(() -> "an expired page was posted; shown again: " + again);
        try {
          external.redirect(again);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return;
      }
    }
    getWrapped().handle();
  }

  private static boolean expired(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException) {
        return true;
      }
    }
    return false;
  }

  /**
   * The page's address as the visitor opened it (the referring address when it is this page on this
   * server: the form's own address lacks the page's parameters), marked expired.
   */
  static String again(HttpServletRequest request) {
    String page = request.getRequestURI();
    String referer = request.getHeader("Referer");
    String address = page;
    if (referer != null) {
      try {
        URI from = URI.create(referer);
        if (page.equals(from.getRawPath())
            && request.getServerName().equalsIgnoreCase(from.getHost())) {
          address = page + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
        }
      } catch (IllegalArgumentException unreadable) {
        // the form's own address
      }
    }
    String unmarked = address.replaceAll("([?&])expired=1(&|$)", "$1").replaceAll("[?&]$", "");
    return unmarked + (unmarked.contains("?") ? "&" : "?") + "expired=1";
  }
}
