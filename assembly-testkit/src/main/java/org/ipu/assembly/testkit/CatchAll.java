package org.ipu.assembly.testkit;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The run command's mail catch-all: the server writes each mail as an {@code .eml} file to {@code
 * <work>/mail}. Reads the invitation links of accounts opened by invitation, as their owners would
 * read them in their mailboxes (the drills and the load harness; the integration tests read a real
 * SMTP server, GreenMail).
 */
public final class CatchAll {

  private static final Pattern TOKEN =
      Pattern.compile("/invitation\\.xhtml\\?\\S*token=([A-Za-z0-9_-]+)");

  private final Path folder;
  private final Instant since;

  /** Reads the mail written to {@code folder} from now on (older files are another run's). */
  public CatchAll(Path folder) {
    this.folder = folder;
    this.since = Instant.now().minusSeconds(1);
  }

  /**
   * The invitation token mailed to each recipient (lower case), waiting at most {@code patience}
   * for every one of them.
   */
  public Map<String, String> invitationTokens(Set<String> recipients, Duration patience)
      throws IOException, InterruptedException {
    Map<String, String> tokens = new HashMap<>();
    long deadline = System.nanoTime() + patience.toNanos();
    Session session = Session.getInstance(new Properties());
    while (true) {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> files = Files.list(folder)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
            if (Files.getLastModifiedTime(file).toInstant().isBefore(since)) {
              continue;
            }
            read(session, file, recipients, tokens);
          }
        }
      }
      if (tokens.keySet().containsAll(recipients)) {
        return tokens;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "no invitation in "
                + folder
                + " for "
                + (recipients.size() - tokens.size())
                + " of "
                + recipients.size()
                + " recipients within "
                + patience);
      }
      Thread.sleep(200);
    }
  }

  private static void read(
      Session session, Path file, Set<String> recipients, Map<String, String> tokens)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MimeMessage message = new MimeMessage(session, in);
      for (var address : message.getRecipients(Message.RecipientType.TO)) {
        String to = ((InternetAddress) address).getAddress().toLowerCase(Locale.ROOT);
        if (recipients.contains(to)) {
          Matcher token = TOKEN.matcher(text(message));
          if (token.find()) {
            tokens.put(to, token.group(1));
          }
        }
      }
    } catch (jakarta.mail.MessagingException unreadable) {
      throw new IOException("unreadable mail " + file, unreadable);
    }
  }

  private static String text(Part part) throws IOException, jakarta.mail.MessagingException {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        text.append(text(multipart.getBodyPart(i)));
      }
      return text.toString();
    }
    return "";
  }
}
