/**
 * Mail for every component, behind one small interface: {@link
 * org.ipu.assembly.platform.mail.Outbox#post} takes a {@link org.ipu.assembly.platform.mail.Letter}
 * (recipient, language, template and its values), renders it from the component's resource bundle
 * in the recipient's language and stores it in the outbox, in the caller's transaction. Only after
 * that transaction commits is it sent (Jakarta Mail, SMTP or, by default, {@code .eml} files in a
 * folder); a failed attempt is retried with growing delays by a schedule that reads the outbox, so
 * a mail server that is down neither blocks nor loses the business action. Settings are system
 * properties ({@link org.ipu.assembly.platform.mail.MailSettings}).
 */
package org.ipu.assembly.platform.mail;
