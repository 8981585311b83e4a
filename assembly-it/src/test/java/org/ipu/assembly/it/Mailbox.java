package org.ipu.assembly.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMTP server the IT server sends its mail to: GreenMail in the test JVM, on the port the build
 * gave the server ({@code assembly.it.smtpPort}, derived from the port base). Started on first use
 * and kept for the whole run; a test may stop it (a mail server that is down) and start it again.
 */
public final class Mailbox {

  /** How long a mail may take from the server's commit to GreenMail (retries included). */
  public static final Duration PATIENCE = Duration.ofSeconds(30);

  private static final Pattern LINK =
      Pattern.compile("https?://\\S+/invitation\\.xhtml\\?\\S*token=([A-Za-z0-9_-]+)");

  private static GreenMail server;

  private Mailbox() {}

  /** A mail received, in plain text. */
  public record Mail(String to, String subject, String language, String text) {

    /** The invitation link in the mail. */
    public String link() {
      Matcher matcher = LINK.matcher(text);
      if (!matcher.find()) {
        throw new AssertionError("no invitation link in: " + text);
      }
      return matcher.group();
    }

    /** The link's token. */
    public String token() {
      Matcher matcher = LINK.matcher(text);
      if (!matcher.find()) {
        throw new AssertionError("no invitation link in: " + text);
      }
      return matcher.group(1);
    }

    /** The link's path and query, to open on the server under test. */
    public String pathOfLink() {
      String link = link();
      return link.substring(link.indexOf("/invitation.xhtml"));
    }
  }

  public static synchronized void start() {
    if (server == null) {
      int port = Integer.parseInt(System.getProperty("assembly.it.smtpPort", "28025"));
      server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
  }

  /** Stops the SMTP server: the IT server's attempts now fail (connection refused). */
  public static synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /** The first mail to {@code address}, waiting for it at most {@link #PATIENCE}. */
  public static Mail awaitMailTo(String address) throws Exception {
    return awaitMailTo(address, 1);
  }

  /** The {@code n}-th mail (from 1) to {@code address}, waiting for it. */
  public static Mail awaitMailTo(String address, int n) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      GreenMail greenMail;
      synchronized (Mailbox.class) {
        start();
        greenMail = server;
      }
      MimeMessage[] received = greenMail.getReceivedMessages();
      Optional<MimeMessage> found =
          Arrays.stream(received).filter(m -> isTo(m, address)).skip(n - 1L).findFirst();
      if (found.isPresent()) {
        return read(found.get(), address);
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no mail " + n + " to " + address + " within " + PATIENCE);
      }
      // Wakes up as soon as one more mail arrives (to anyone), or when the time is up.
      greenMail.waitForIncomingEmail(Math.max(1, left / 1_000_000), received.length + 1);
    }
  }

  /** How many mails to {@code address} have arrived so far. */
  public static synchronized long countTo(String address) {
    start();
    return Arrays.stream(server.getReceivedMessages()).filter(m -> isTo(m, address)).count();
  }

  private static boolean isTo(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
    } catch (Exception unreadable) {
      return false;
    }
  }

  private static Mail read(MimeMessage message, String address) throws Exception {
    return new Mail(
        address, message.getSubject(), message.getHeader("Content-Language", null), text(message));
  }

  private static String text(Part part) throws Exception {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = text(multipart.getBodyPart(i));
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }
}
