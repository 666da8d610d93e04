package org.poliin.core.internal.mail;

import java.util.Map;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Mail waits for no one: warns when messages wait without an SMTP server, or were given up. */
@Component(service = HealthCheck.class, property = { HealthCheck.NAME + "=mail", HealthCheck.TAGS + "=poliin" })
public final class MailHealthCheck implements HealthCheck {

    private final OutboxMailService outbox;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile MailDelivery delivery;

    @Activate
    public MailHealthCheck(@Reference OutboxMailService outbox) {
        this.outbox = outbox;
    }

    @Override
    public Result execute() {
        FormattingResultLog log = new FormattingResultLog();
        Map<OutboxStatus, Long> counts = outbox.counts();
        long queued = counts.getOrDefault(OutboxStatus.QUEUED, 0L);
        long failed = counts.getOrDefault(OutboxStatus.FAILED, 0L);
        if (delivery == null) {
            if (queued > 0) {
                log.warn("{} messages wait in the outbox and no SMTP server is configured ({})", queued, MailDelivery.PID);
            } else {
                log.info("No SMTP server is configured ({}); nothing waits", MailDelivery.PID);
            }
        } else {
            log.info("{} messages wait in the outbox", queued);
        }
        if (failed > 0) {
            log.warn("{} messages could not be delivered (GET /api/v1/mail/outbox?status=FAILED)", failed);
        }
        return new Result(log);
    }
}
