package org.ipu.assembly.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Builds the MIME message: plain text and the same text as HTML (so that Arabic is laid out right
 * to left), both UTF-8, with the language stated.
 */
final class MimeLetters {

  private MimeLetters() {}

  static MimeMessage of(Session session, OutboxMessage message) throws MessagingException {
    MimeMessage mime = new MimeMessage(session);
    mime.setFrom(new InternetAddress(MailSettings.from(), true));
    mime.setRecipients(
        jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(message.getRecipient(), true));
    mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
    mime.setSentDate(new Date());
    mime.setHeader("Content-Language", message.getLanguage());

    MimeBodyPart text = new MimeBodyPart();
    text.setText(message.getBody(), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(html(message), StandardCharsets.UTF_8.name(), "html");
    MimeMultipart alternative = new MimeMultipart("alternative", text, html);
    mime.setContent(alternative);
    mime.saveChanges();
    return mime;
  }

  private static String html(OutboxMessage message) {
    String direction = "ar".equals(message.getLanguage()) ? "rtl" : "ltr";
    return "<!DOCTYPE html><html lang=\""
        + message.getLanguage()
        + "\" dir=\""
        + direction
        + "\"><head><meta charset=\"UTF-8\"></head><body><div style=\"white-space: pre-wrap\">"
        + escape(message.getBody())
        + "</div></body></html>";
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
