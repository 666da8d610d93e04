package org.poliin.counselling.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.poliin.counselling.internal.service.AlertRules;
import org.poliin.counselling.internal.service.SmallGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The module's settings from the PID {@value #PID}; defaults without a configuration; changes apply at once. */
@Component(service = CounsellingSettings.class, configurationPid = CounsellingSettings.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = CounsellingConfiguration.class)
public final class CounsellingSettings {

    public static final String PID = "org.poliin.counselling";

    private static final Logger LOG = LoggerFactory.getLogger(CounsellingSettings.class);

    private volatile CounsellingConfiguration configuration;

    @Activate
    public CounsellingSettings(CounsellingConfiguration configuration) {
        apply(configuration);
    }

    @Modified
    void apply(CounsellingConfiguration newConfiguration) {
        if (newConfiguration.smallGroup_minimum() < SmallGroups.FLOOR) {
            LOG.warn("smallGroup.minimum = {} is below the floor of {}; {} is used", newConfiguration.smallGroup_minimum(),
                    SmallGroups.FLOOR, SmallGroups.FLOOR);
        }
        this.configuration = newConfiguration;
    }

    public SmallGroups smallGroups() {
        return new SmallGroups(configuration.smallGroup_minimum());
    }

    public AlertRules.Settings alertRules() {
        CounsellingConfiguration c = configuration;
        return new AlertRules.Settings(c.alerts_missedMeetings_enabled(), c.alerts_missedMeetings_count(),
                c.alerts_followUpOverdue_enabled(), c.alerts_followUpOverdue_graceDays(), c.alerts_statusPaused_enabled());
    }

    public int retentionClosedDays() {
        return Math.max(0, configuration.retention_closedDays());
    }
}
