package org.poliin.example.mentoring.internal;

import java.math.BigDecimal;
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
import org.poliin.example.mentoring.internal.persistence.PairStore;

/** The module's part of the funder report; every value is a count made by the database. */
@Component(property = PlatformModule.MODULE_ID_PROPERTY + "=" + MentoringModule.ID)
public final class MentoringIndicators implements IndicatorProvider {

    static final String PAIRS = MentoringModule.ID + ".pairs-active";
    static final String MENTEES = MentoringModule.ID + ".mentees";
    static final String SESSIONS = MentoringModule.ID + ".sessions-held";

    private final PairStore pairs;
    private final EventService events;

    @Activate
    public MentoringIndicators(@Reference PairStore pairs, @Reference EventService events) {
        this.pairs = pairs;
        this.events = events;
    }

    @Override
    public String moduleId() {
        return MentoringModule.ID;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(
                IndicatorDefinition.of(PAIRS, LocalizedText.of("Perechi de mentorat active", "Active mentoring pairs"),
                        IndicatorDefinition.UNIT_COUNT, LocalizedText.of("perechi active în perioadă",
                                "pairs active at some time in the period")),
                IndicatorDefinition.of(MENTEES, LocalizedText.of("Studenți îndrumați", "Students mentored"),
                        IndicatorDefinition.UNIT_PERSONS, LocalizedText.of("studenți diferiți într-o pereche activă",
                                "different students in an active pair")),
                IndicatorDefinition.of(SESSIONS, LocalizedText.of("Întâlniri de mentorat", "Mentoring sessions held"),
                        IndicatorDefinition.UNIT_COUNT, LocalizedText.of("întâlniri desfășurate în perioadă",
                                "sessions held in the period")));
    }

    @Override
    public Map<String, BigDecimal> compute(ReportPeriod period) {
        return Map.of(
                PAIRS, BigDecimal.valueOf(pairs.activeIn(period)),
                MENTEES, BigDecimal.valueOf(pairs.menteesIn(period)),
                SESSIONS, BigDecimal.valueOf(events.count(EventQuery.of(MentoringModule.SESSION, period.from(),
                        period.to(), EventStatus.DONE))));
    }
}
