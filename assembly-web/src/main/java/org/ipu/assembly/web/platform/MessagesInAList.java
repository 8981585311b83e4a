package org.ipu.assembly.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' message box, with each message a plain item of its list. PrimeFaces gives every
 * {@code <li>} the role {@code alert}, which makes it no list item any more: the {@code <ul>} then
 * holds no items, which assistive technology reads as a broken list (axe-core's rule "list", a
 * serious violation). The box itself is a polite live region ({@code aria-live}), so the message is
 * still announced when it appears. Registered in faces-config.xml for PrimeFaces' renderer type.
 */
public class MessagesInAList extends MessagesRenderer {

  @Override
  protected void encodeMessage(
      ResponseWriter writer,
      Messages messages,
      FacesMessage message,
      String severity,
      boolean escape)
      throws IOException {
    super.encodeMessage(new WithoutRoles(writer), messages, message, severity, escape);
  }

  /** Writes everything but {@code role} attributes. */
  private static final class WithoutRoles extends ResponseWriterWrapper {

    WithoutRoles(ResponseWriter writer) {
      super(writer);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      if (!"role".equals(name)) {
        super.writeAttribute(name, value, property);
      }
    }
  }
}
