package org.poliin.counselling.internal.service;

import java.time.LocalDate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.counselling.internal.RunDTO;
import org.poliin.counselling.internal.persistence.AlertStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Evaluates the alert rules for every open student every 15 minutes (Karaf scheduler whiteboard). */
@Component(service = Runnable.class, property = { "scheduler.name=poliin-counselling-alerts",
        "scheduler.period:Long=900", "scheduler.concurrent:Boolean=false", "poliin.module.id=counselling" })
public final class AlertEvaluationJob implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertEvaluationJob.class);

    private final AlertStore alerts;

    @Activate
    public AlertEvaluationJob(@Reference AlertStore alerts) {
        this.alerts = alerts;
    }

    @Override
    public void run() {
        try {
            RunDTO run = alerts.evaluateAll(LocalDate.now());
            if (run.alertsRaised > 0) {
                LOG.info("Counselling alert rules: {} students checked, {} alerts raised", run.studentsChecked,
                        run.alertsRaised);
            }
        } catch (RuntimeException e) {
            LOG.warn("Counselling alert rules failed; they run again at the next period", e);
        }
    }
}
