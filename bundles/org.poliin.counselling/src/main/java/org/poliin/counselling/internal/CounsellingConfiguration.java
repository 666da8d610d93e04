package org.poliin.counselling.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The module's configuration, PID {@code org.poliin.counselling} (etc/org.poliin.counselling.cfg). */
@ObjectClassDefinition(name = "POLI_IN consiliere / counselling",
        description = "Reguli de alertă, suprimarea grupurilor mici, păstrarea datelor / "
                + "Alert rules, small-group suppression, data retention")
public @interface CounsellingConfiguration {

    @AttributeDefinition(name = "Grup minim / Minimum group size",
            description = "Cifrele agregate sub acest număr de persoane sunt ascunse (cel puțin 5) / "
                    + "Aggregate figures of fewer persons are suppressed (never below 5)")
    int smallGroup_minimum() default 5;

    @AttributeDefinition(name = "Alertă: întâlniri ratate / Alert: missed meetings",
            description = "Activă / Enabled")
    boolean alerts_missedMeetings_enabled() default true;

    @AttributeDefinition(name = "Întâlniri ratate la rând / Meetings missed in a row",
            description = "Câte întâlniri de grup consecutive ratate ridică alerta / "
                    + "How many consecutive missed group meetings raise the alert")
    int alerts_missedMeetings_count() default 2;

    @AttributeDefinition(name = "Alertă: revedere depășită / Alert: follow-up overdue",
            description = "Activă / Enabled")
    boolean alerts_followUpOverdue_enabled() default true;

    @AttributeDefinition(name = "Zile de grație / Grace days",
            description = "Zile după data revederii până la alertă / Days after the follow-up date before the alert")
    int alerts_followUpOverdue_graceDays() default 0;

    @AttributeDefinition(name = "Alertă: sprijin suspendat / Alert: support paused",
            description = "Activă / Enabled")
    boolean alerts_statusPaused_enabled() default true;

    @AttributeDefinition(name = "Păstrare după închidere (zile) / Retention after closing (days)",
            description = "Studenții închiși de mai mult timp sunt anonimizați de curățarea programată / "
                    + "Students closed for longer are anonymised by the scheduled purge")
    int retention_closedDays() default 1095;
}
