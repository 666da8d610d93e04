package org.poliin.core.internal.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.mail.Authenticator;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.PasswordAuthentication;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.poliin.api.persistence.MigratedSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox through the configured SMTP server (PID {@value #PID}): each message is sent
 * outside any transaction, then marked sent, or scheduled again with a growing delay, or marked failed
 * after the configured attempts. Delivery is at least once: a crash between sending and marking sends
 * the message again. Sent messages are deleted after the configured days.
 */
@Component(service = MailDelivery.class, immediate = true, configurationPid = MailDelivery.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = MailConfiguration.class)
public final class MailDelivery {

    public static final String PID = "org.poliin.mail";

    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);
    private static final int BATCH = 50;

    private final JpaTemplate jpa;
    private final MailConfiguration configuration;
    private final Session session;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;

    @Activate
    public MailDelivery(@Reference(target = "(osgi.unit.name=poliin-core)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=core)") MigratedSchema schema, MailConfiguration configuration) {
        this(jpa, configuration, Clock.systemUTC());
        scheduler.scheduleWithFixedDelay(this::deliverSafely, 1, Math.max(1, configuration.poll_seconds()),
                TimeUnit.SECONDS);
        LOG.info("Mail is delivered through {}:{} ({})", configuration.host(), configuration.port(),
                configuration.security());
    }

    MailDelivery(JpaTemplate jpa, MailConfiguration configuration, Clock clock) {
        this.jpa = jpa;
        this.configuration = configuration;
        this.clock = clock;
        this.session = withMailClassLoader(() -> session(configuration));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "poliin-mail-delivery"));
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        scheduler.shutdown();
        scheduler.awaitTermination(30, TimeUnit.SECONDS);
    }

    private void deliverSafely() {
        try {
            deliver();
            purgeSent();
        } catch (RuntimeException | LinkageError e) {
            // caught, or the scheduler would silently stop running this task
            LOG.error("Mail delivery failed; it is tried again in {} s", configuration.poll_seconds(), e);
        }
    }

    /** Sends every message that is due; returns how many were sent. */
    int deliver() {
        Instant now = Instant.now(clock);
        List<OutboxEntity> due = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT m FROM OutboxEntity m WHERE m.status = :queued AND m.nextAttemptAt <= :now ORDER BY m.id",
                OutboxEntity.class).setParameter("queued", OutboxStatus.QUEUED).setParameter("now", now)
                .setMaxResults(BATCH).getResultList());
        int sent = 0;
        for (OutboxEntity message : due) {
            String error = send(message);
            record(message.id, error);
            if (error == null) {
                sent++;
            }
        }
        return sent;
    }

    private String send(OutboxEntity entry) {
        return withMailClassLoader(() -> {
            try {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress(configuration.from()));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(entry.recipient));
                message.setSubject(entry.subject, StandardCharsets.UTF_8.name());
                message.setText(entry.body, StandardCharsets.UTF_8.name());
                message.setHeader("X-Poliin-Module", entry.moduleId);
                Transport.send(message);
                return null;
            } catch (MessagingException | RuntimeException e) {
                return e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        });
    }

    /** JavaMail finds its providers, and Activation its handlers, through the context class loader. */
    private static <T> T withMailClassLoader(java.util.function.Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void record(long id, String error) {
        Instant now = Instant.now(clock);
        jpa.tx(TransactionType.Required, em -> {
            OutboxEntity entry = em.find(OutboxEntity.class, id);
            if (entry == null) {
                return; // erased meanwhile
            }
            entry.attempts++;
            if (error == null) {
                entry.status = OutboxStatus.SENT;
                entry.sentAt = now;
                entry.lastError = null;
            } else {
                entry.lastError = error.length() > 500 ? error.substring(0, 500) : error;
                if (entry.attempts >= configuration.max_attempts()) {
                    entry.status = OutboxStatus.FAILED;
                    LOG.warn("Mail {} to a recipient of module {} failed {} times and is given up: {}", id,
                            entry.moduleId, entry.attempts, entry.lastError);
                } else {
                    entry.nextAttemptAt = now.plus(backoff(entry.attempts));
                    LOG.info("Mail {} not sent (attempt {}), tried again at {}: {}", id, entry.attempts,
                            entry.nextAttemptAt, entry.lastError);
                }
            }
        });
    }

    /** 1, 4, 9, 16... minutes, at most a day: a server that is down for a while gets time to come back. */
    static Duration backoff(int attempts) {
        return Duration.ofMinutes(Math.min(24L * 60, (long) attempts * attempts));
    }

    /** Deletes the sent messages older than the configured days; returns how many. */
    int purgeSent() {
        Instant before = Instant.now(clock).minus(Duration.ofDays(Math.max(0, configuration.keep_sent_days())));
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "DELETE FROM OutboxEntity m WHERE m.status = :sent AND m.sentAt < :before")
                .setParameter("sent", OutboxStatus.SENT).setParameter("before", before).executeUpdate());
    }

    private static Session session(MailConfiguration configuration) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", configuration.host());
        properties.put("mail.smtp.port", Integer.toString(configuration.port()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "30000");
        properties.put("mail.smtp.writetimeout", "30000");
        switch (configuration.security()) {
            case STARTTLS -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case SSL -> {
                properties.put("mail.smtp.ssl.enable", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
                // plain: for a local relay or a test server
            }
        }
        String user = configuration.username();
        if (user == null || user.isBlank()) {
            return Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        String password = configuration._password();
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
    }
}
