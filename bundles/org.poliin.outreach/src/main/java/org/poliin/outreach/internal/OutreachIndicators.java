package org.poliin.outreach.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.indicator.IndicatorDefinition;
import org.poliin.api.indicator.IndicatorProvider;
import org.poliin.api.indicator.ReportPeriod;
import org.poliin.api.module.PlatformModule;
import org.poliin.outreach.internal.persistence.AdmissionStore;
import org.poliin.outreach.internal.persistence.VisitStore;

/** The module's part of the funder report; every value is an aggregate computed by the database. */
@Component(property = PlatformModule.MODULE_ID_PROPERTY + "=" + OutreachModule.ID)
public final class OutreachIndicators implements IndicatorProvider {

    static final String SCHOOLS_VISITED = OutreachModule.ID + ".schools-visited";
    static final String VISITS_DONE = OutreachModule.ID + ".visits-done";
    static final String PUPILS_INFORMED = OutreachModule.ID + ".pupils-informed";
    static final String TEACHERS_MET = OutreachModule.ID + ".teachers-met";
    static final String STAND_USED = OutreachModule.ID + ".stand-used";
    static final String MATERIALS = OutreachModule.ID + ".materials-handed-out";
    static final String APPLICANTS = OutreachModule.ID + ".applicants";
    static final String ADMITTED = OutreachModule.ID + ".admitted";
    static final String ENROLLED = OutreachModule.ID + ".enrolled";

    private final VisitStore visits;
    private final AdmissionStore admissions;

    @Activate
    public OutreachIndicators(@Reference VisitStore visits, @Reference AdmissionStore admissions) {
        this.visits = visits;
        this.admissions = admissions;
    }

    @Override
    public String moduleId() {
        return OutreachModule.ID;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(
                IndicatorDefinition.of(SCHOOLS_VISITED, LocalizedText.of("Licee eligibile vizitate", "Eligible high schools visited"),
                        IndicatorDefinition.UNIT_COUNT, LocalizedText.of(
                                "licee diferite cu o vizită desfășurată în perioadă (doar liceele eligibile pot fi vizitate)",
                                "different high schools with a visit done in the period (only eligible schools can be visited)")),
                IndicatorDefinition.of(VISITS_DONE, LocalizedText.of("Vizite desfășurate", "Visits done"),
                        IndicatorDefinition.UNIT_COUNT, LocalizedText.of("vizite desfășurate în perioadă",
                                "visits done in the period")),
                IndicatorDefinition.of(PUPILS_INFORMED, LocalizedText.of("Elevi informați", "Pupils informed"),
                        IndicatorDefinition.UNIT_PERSONS, LocalizedText.of(
                                "suma elevilor informați (clasele IX–XII) la vizitele desfășurate în perioadă",
                                "sum of the pupils informed (grades IX–XII) at the visits done in the period")),
                IndicatorDefinition.of(TEACHERS_MET, LocalizedText.of("Profesori întâlniți", "Teachers met"),
                        IndicatorDefinition.UNIT_PERSONS, LocalizedText.of(
                                "suma profesorilor întâlniți la vizitele desfășurate în perioadă",
                                "sum of the teachers met at the visits done in the period")),
                IndicatorDefinition.of(STAND_USED, LocalizedText.of("Vizite cu standul de prezentare",
                        "Visits with the presentation stand"), IndicatorDefinition.UNIT_COUNT, LocalizedText.of(
                                "vizite desfășurate în perioadă la care s-a folosit standul",
                                "visits done in the period where the stand was used")),
                IndicatorDefinition.of(MATERIALS, LocalizedText.of("Materiale promoționale distribuite",
                        "Promotional materials handed out"), IndicatorDefinition.UNIT_COUNT, LocalizedText.of(
                                "bucăți distribuite la vizitele desfășurate în perioadă",
                                "pieces handed out at the visits done in the period")),
                IndicatorDefinition.of(APPLICANTS, LocalizedText.of("Candidați din liceele vizitate",
                        "Applicants from visited schools"), IndicatorDefinition.UNIT_PERSONS, LocalizedText.of(
                                "candidaturi din liceele vizitate în perioadă, în sesiunea de admitere a campaniei",
                                "applications from the schools visited in the period, in the campaign's admission session")),
                IndicatorDefinition.of(ADMITTED, LocalizedText.of("Admiși din liceele vizitate",
                        "Admitted from visited schools"), IndicatorDefinition.UNIT_PERSONS, LocalizedText.of(
                                "dintre aceștia, admiși (inclusiv cei înmatriculați)",
                                "of those, admitted (enrolled included)")),
                IndicatorDefinition.of(ENROLLED, LocalizedText.of("Înmatriculați din liceele vizitate",
                        "Enrolled from visited schools"), IndicatorDefinition.UNIT_PERSONS, LocalizedText.of(
                                "dintre aceștia, înmatriculați", "of those, enrolled")));
    }

    @Override
    public Map<String, BigDecimal> compute(ReportPeriod period) {
        VisitStore.PeriodFigures figures = visits.figures(period);
        long[] funnel = AdmissionStore.funnel(admissions.fromSchoolsVisitedIn(period));
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put(SCHOOLS_VISITED, BigDecimal.valueOf(figures.schools()));
        values.put(VISITS_DONE, BigDecimal.valueOf(figures.visits()));
        values.put(PUPILS_INFORMED, BigDecimal.valueOf(figures.pupils()));
        values.put(TEACHERS_MET, BigDecimal.valueOf(figures.teachers()));
        values.put(STAND_USED, BigDecimal.valueOf(figures.standUsed()));
        values.put(MATERIALS, BigDecimal.valueOf(figures.materials()));
        values.put(APPLICANTS, BigDecimal.valueOf(funnel[0]));
        values.put(ADMITTED, BigDecimal.valueOf(funnel[1]));
        values.put(ENROLLED, BigDecimal.valueOf(funnel[2]));
        return values;
    }
}
