package org.ipu.assembly.platform.mail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * How mail leaves the server, read from system properties at each use (so {@code asadmin
 * create-system-properties} changes them without a restart; {@code config/server/assembly-server}
 * sets them from its {@code ASSEMBLY_MAIL*} and {@code ASSEMBLY_SMTP_*} environment variables):
 *
 * <ul>
 *   <li>{@code assembly.mail.transport}: {@code files} (default: every mail is written as an {@code
 *       .eml} file to {@code assembly.mail.folder} and logged, nothing leaves the machine) or
 *       {@code smtp};
 *   <li>{@code assembly.mail.from}: the sender address;
 *   <li>{@code assembly.mail.smtp.host}, {@code .port}, {@code .user}, {@code .password}, {@code
 *       .starttls} ({@code true}: require STARTTLS), {@code .timeout-seconds};
 *   <li>{@code assembly.mail.retry.first-seconds}, {@code .max-seconds}, {@code .max-attempts}: the
 *       {@link RetryPolicy};
 *   <li>{@code assembly.public-url}: the address people reach the Assembly at, for links in mail.
 * </ul>
 */
public final class MailSettings {

  /** Where a mail goes. */
  public enum Transport {
    FILES,
    SMTP
  }

  private static final String PREFIX = "assembly.mail.";

  private MailSettings() {}

  public static Transport transport() {
    return Transport.valueOf(text(PREFIX + "transport", "files").toUpperCase(Locale.ROOT));
  }

  public static Path folder() {
    return Path.of(text(PREFIX + "folder", Path.of("mail").toAbsolutePath().toString()));
  }

  public static String from() {
    return text(PREFIX + "from", "assembly@localhost");
  }

  /** The Jakarta Mail session properties for the SMTP server. */
  public static Properties smtp() {
    String timeout =
        Long.toString(Duration.ofSeconds(number(PREFIX + "smtp.timeout-seconds", 10)).toMillis());
    Properties properties = new Properties();
    properties.setProperty("mail.transport.protocol", "smtp");
    properties.setProperty("mail.smtp.host", text(PREFIX + "smtp.host", "localhost"));
    properties.setProperty("mail.smtp.port", text(PREFIX + "smtp.port", "25"));
    properties.setProperty("mail.smtp.connectiontimeout", timeout);
    properties.setProperty("mail.smtp.timeout", timeout);
    properties.setProperty("mail.smtp.writetimeout", timeout);
    properties.setProperty("mail.smtp.auth", Boolean.toString(user() != null));
    boolean starttls = Boolean.parseBoolean(text(PREFIX + "smtp.starttls", "false"));
    properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(starttls));
    properties.setProperty("mail.smtp.starttls.required", Boolean.toString(starttls));
    return properties;
  }

  /** The SMTP user, or {@code null} for a server that takes mail without signing in. */
  public static String user() {
    String user = System.getProperty(PREFIX + "smtp.user");
    return user == null || user.isBlank() ? null : user;
  }

  public static String password() {
    return System.getProperty(PREFIX + "smtp.password", "");
  }

  public static RetryPolicy retryPolicy() {
    return new RetryPolicy(
        Duration.ofSeconds(number(PREFIX + "retry.first-seconds", 30)),
        Duration.ofSeconds(number(PREFIX + "retry.max-seconds", 3600)),
        (int) number(PREFIX + "retry.max-attempts", 48));
  }

  /** The Assembly's public address, without a trailing slash, for links in mail. */
  public static String publicUrl() {
    String url = text("assembly.public-url", "http://localhost:8080");
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static String text(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  private static long number(String name, long fallback) {
    try {
      return Long.parseLong(text(name, Long.toString(fallback)));
    } catch (NumberFormatException notANumber) {
      return fallback;
    }
  }
}
