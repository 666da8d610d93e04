package org.poliin.counselling.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.event.EventQuery;
import org.poliin.api.event.EventService;
import org.poliin.api.event.EventStatus;
import org.poliin.api.indicator.IndicatorDefinition;
import org.poliin.api.indicator.IndicatorProvider;
import org.poliin.api.indicator.ReportPeriod;
import org.poliin.api.module.PlatformModule;
import org.poliin.counselling.internal.persistence.OutcomeStore;
import org.poliin.counselling.internal.persistence.StudentStore;
import org.poliin.counselling.internal.service.SmallGroups;

/** The module's figures for the funder report, computed by the database. */
@Component(property = PlatformModule.MODULE_ID_PROPERTY + "=" + CounsellingModule.ID)
public final class CounsellingIndicators implements IndicatorProvider {

    static final String MEETINGS = CounsellingModule.ID + ".meetings-held";
    static final String STUDENTS = CounsellingModule.ID + ".students-supported";
    static final String ATTENDANCE = CounsellingModule.ID + ".attendance-rate";
    static final String RETENTION = CounsellingModule.ID + ".retention-rate";

    private final StudentStore students;
    private final OutcomeStore outcomes;
    private final EventService events;
    private final CounsellingSettings settings;

    @Activate
    public CounsellingIndicators(@Reference StudentStore students, @Reference OutcomeStore outcomes,
            @Reference EventService events, @Reference CounsellingSettings settings) {
        this.students = students;
        this.outcomes = outcomes;
        this.events = events;
        this.settings = settings;
    }

    @Override
    public String moduleId() {
        return CounsellingModule.ID;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(
                IndicatorDefinition.of(MEETINGS, LocalizedText.of("Întâlniri de grup facilitate", "Facilitated group meetings held"),
                        IndicatorDefinition.UNIT_COUNT, LocalizedText.of("întâlniri de grup ținute (stare DONE) în perioadă",
                                "group meetings held (status DONE) in the period")),
                IndicatorDefinition.of(STUDENTS, LocalizedText.of("Studenți sprijiniți", "Students supported"),
                        IndicatorDefinition.UNIT_PERSONS, LocalizedText.of(
                                "studenți sprijiniți la un moment dat în perioadă (inclusiv cei anonimizați)",
                                "students supported at some time in the period (anonymised ones included)")),
                IndicatorDefinition.of(ATTENDANCE, LocalizedText.of("Rata de participare", "Attendance rate"),
                        IndicatorDefinition.UNIT_PERCENT, LocalizedText.of(
                                "prezenți / participări înregistrate la întâlnirile ținute în perioadă",
                                "present / recorded attendances at the meetings held in the period")),
                IndicatorDefinition.of(RETENTION, LocalizedText.of("Rata de retenție a studenților sprijiniți",
                        "Retention rate of supported students"), IndicatorDefinition.UNIT_PERCENT, LocalizedText.of(
                                "(înmatriculați + absolvenți) / (înmatriculați + absolvenți + abandon) la sfârșiturile de "
                                        + "semestru din perioadă; lipsește sub pragul grupului minim",
                                "(enrolled + graduated) / (enrolled + graduated + dropped out) at the term ends in the "
                                        + "period; left out below the minimum group size")));
    }

    @Override
    public Map<String, BigDecimal> compute(ReportPeriod period) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        EventQuery held = EventQuery.of(CounsellingModule.GROUP_MEETING, period.from(), period.to(), EventStatus.DONE);
        values.put(MEETINGS, BigDecimal.valueOf(events.count(held)));
        values.put(STUDENTS, BigDecimal.valueOf(students.supportedIn(period.from(), period.to())));
        BigDecimal attendance = events.attendance(held).attendanceRatePercent();
        if (attendance != null) {
            values.put(ATTENDANCE, attendance);
        }
        Map<EnrolmentStatus, Long> outcome = outcomes.supportedOutcomes(period.from(), period.to());
        long retained = outcome.getOrDefault(EnrolmentStatus.ENROLLED, 0L) + outcome.getOrDefault(EnrolmentStatus.GRADUATED, 0L);
        long dropped = outcome.getOrDefault(EnrolmentStatus.DROPPED_OUT, 0L);
        SmallGroups groups = settings.smallGroups();
        if (retained + dropped > 0 && groups.shows(retained) && groups.shows(dropped)) {
            values.put(RETENTION, BigDecimal.valueOf(retained * 100L).divide(BigDecimal.valueOf(retained + dropped), 1,
                    java.math.RoundingMode.HALF_UP));
        }
        return values;
    }
}
