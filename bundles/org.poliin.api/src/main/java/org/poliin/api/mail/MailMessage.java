package org.poliin.api.mail;

import java.util.List;

import javax.validation.constraints.Email;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotEmpty;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** A plain-text e-mail to send. */
public class MailMessage extends DTO {

    /** The module that sends it (for the outbox and the audit log). */
    @NotBlank
    public String moduleId;

    /** The recipients' addresses; each gets the message on its own (no one sees the others). */
    @NotEmpty
    @Size(max = 100)
    public List<@NotBlank @Email @Size(max = 254) String> to;

    @NotBlank
    @Size(max = 300)
    public String subject;

    /** The text, UTF-8 (Romanian diacritics are kept). */
    @NotBlank
    @Size(max = 100_000)
    public String text;

    public static MailMessage of(String moduleId, List<String> to, String subject, String text) {
        MailMessage message = new MailMessage();
        message.moduleId = moduleId;
        message.to = List.copyOf(to);
        message.subject = subject;
        message.text = text;
        return message;
    }
}
