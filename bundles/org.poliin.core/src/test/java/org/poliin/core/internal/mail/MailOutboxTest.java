package org.poliin.core.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.poliin.api.common.PageRequest;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.mail.MailMessage;
import org.poliin.core.internal.CoreFixture;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

class MailOutboxTest {

    /** A real SMTP server on a free port. */
    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    private final CoreFixture core = new CoreFixture();
    private Instant now = Instant.parse("2024-10-15T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final OutboxMailService outbox = new OutboxMailService(core.jpa, core.audit, core.validator, clock);

    @BeforeEach
    void startSmtp() {
        smtp.start();
    }

    @AfterEach
    void close() {
        smtp.stop();
        core.close();
    }

    /** A configuration as the sysadmin's file would give it: the values set, defaults for the rest. */
    private static MailConfiguration configuration(int port, int maxAttempts) {
        Map<String, Object> values = Map.of("host", "127.0.0.1", "port", port, "security",
                MailConfiguration.Security.NONE, "from", "poliin@upt.example", "max_attempts", maxAttempts,
                "keep_sent_days", 30, "username", "", "_password", "", "poll_seconds", 10);
        return (MailConfiguration) Proxy.newProxyInstance(MailConfiguration.class.getClassLoader(),
                new Class<?>[] { MailConfiguration.class }, (proxy, method, args) -> values.get(method.getName()));
    }

    private static MailMessage newsletter(String... to) {
        return MailMessage.of("teachers", List.of(to), "Buletin informativ — ședință la UPT",
                "Dragi profesori, vă așteptăm joi la ședința rețelei. Mulțumim!");
    }

    @Test
    void aMessageIsQueuedOncePerRecipientAndTheAuditKeepsNoAddresses() {
        assertThat(outbox.queue(newsletter("ana@liceu.example", "ion@liceu.example", "ana@liceu.example"))).isEqualTo(2);
        assertThat(outbox.counts()).containsEntry(OutboxStatus.QUEUED, 2L);
        assertThat(core.audit.records()).singleElement().satisfies(record -> {
            assertThat(record.action()).isEqualTo("mail.queue");
            assertThat(record.detail()).isEqualTo("recipients=2").doesNotContain("@");
        });
        assertThatThrownBy(() -> outbox.queue(newsletter("not-an-address")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field).startsWith("to["));
    }

    @Test
    void queuedMessagesAreDeliveredWithTheirDiacritics() throws Exception {
        outbox.queue(newsletter("ana@liceu.example", "ion@liceu.example"));
        MailDelivery delivery = new MailDelivery(core.jpa, configuration(smtp.getSmtp().getPort(), 10), clock);

        assertThat(delivery.deliver()).isEqualTo(2);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getSubject()).isEqualTo("Buletin informativ — ședință la UPT");
        assertThat(((String) received[0].getContent()).strip()).contains("ședința rețelei");
        assertThat(received[0].getAllRecipients()).hasSize(1);
        assertThat(outbox.counts()).containsEntry(OutboxStatus.SENT, 2L).doesNotContainKey(OutboxStatus.QUEUED);
        assertThat(delivery.deliver()).isZero();
    }

    @Test
    void anUnreachableServerMeansLaterAndFinallyFailed() {
        outbox.queue(newsletter("ana@liceu.example"));
        int closedPort = smtp.getSmtp().getPort() + 7;
        MailDelivery delivery = new MailDelivery(core.jpa, configuration(closedPort, 2), clock);

        assertThat(delivery.deliver()).isZero();
        OutboxMessageDTO waiting = outbox.outbox(null, PageRequest.of(0, 5)).items.get(0);
        assertThat(waiting.status).isEqualTo(OutboxStatus.QUEUED);
        assertThat(waiting.attempts).isEqualTo(1);
        assertThat(waiting.nextAttemptAt).isEqualTo(now.plus(Duration.ofMinutes(1)));
        assertThat(waiting.lastError).isNotBlank();

        assertThat(delivery.deliver()).as("not due yet").isZero();
        now = now.plus(Duration.ofMinutes(2));
        delivery.deliver();
        assertThat(outbox.outbox(OutboxStatus.FAILED, PageRequest.of(0, 5)).items).singleElement()
                .satisfies(failed -> assertThat(failed.attempts).isEqualTo(2));
        assertThat(MailDelivery.backoff(3)).isEqualTo(Duration.ofMinutes(9));
        assertThat(MailDelivery.backoff(100)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void sentMessagesAreDeletedAfterTheConfiguredDaysAndErasureDeletesAPersonsMessages() {
        outbox.queue(newsletter("ana@liceu.example", "ion@liceu.example"));
        MailDelivery delivery = new MailDelivery(core.jpa, configuration(smtp.getSmtp().getPort(), 10), clock);
        delivery.deliver();
        outbox.queue(newsletter("Ana@Liceu.example"));

        assertThat(outbox.export("ana@liceu.example")).hasSize(2)
                .allSatisfy(record -> assertThat(record.data).containsKey("body"));
        core.jpa.tx(em -> assertThat(outbox.erase("ana@liceu.example")).isEqualTo(2));
        assertThat(outbox.export("ana@liceu.example")).isEmpty();

        now = now.plus(Duration.ofDays(31));
        assertThat(delivery.purgeSent()).isEqualTo(1);
        assertThat(outbox.counts()).isEmpty();
    }
}
