package org.clinicchat.mail;

/**
 * A text file attached to an email.
 *
 * @param fileName the name the recipient's mail program shows, such as {@code appointment.ics}
 * @param contentType the media type with any parameters except the charset, which is always UTF-8,
 *     such as {@code text/calendar; method=PUBLISH}
 * @param content the file's text
 */
public record MailAttachment(String fileName, String contentType, String content) {}
