package org.poliin.counselling.internal.service;

import java.time.LocalDate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.counselling.internal.RunDTO;
import org.poliin.counselling.internal.persistence.StudentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anonymises the students closed longer than the retention period, every night at 03:15. */
@Component(service = Runnable.class, property = { "scheduler.name=poliin-counselling-purge",
        "scheduler.expression=0 15 3 * * ?", "scheduler.concurrent:Boolean=false", "poliin.module.id=counselling" })
public final class RetentionPurgeJob implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurgeJob.class);

    private final StudentStore students;

    @Activate
    public RetentionPurgeJob(@Reference StudentStore students) {
        this.students = students;
    }

    @Override
    public void run() {
        try {
            RunDTO run = students.purge(LocalDate.now());
            LOG.info("Counselling retention purge: {} students anonymised", run.studentsAnonymised);
        } catch (RuntimeException e) {
            LOG.warn("Counselling retention purge failed; it runs again tomorrow", e);
        }
    }
}
