package org.poliin.counselling.internal.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.event.AttendanceSummary;
import org.poliin.api.event.EventQuery;
import org.poliin.api.event.EventService;
import org.poliin.api.event.EventStatus;
import org.poliin.counselling.internal.BreakdownDTO;
import org.poliin.counselling.internal.CounsellingModule;
import org.poliin.counselling.internal.CounsellingSettings;
import org.poliin.counselling.internal.EnrolmentStatus;
import org.poliin.counselling.internal.FigureDTO;
import org.poliin.counselling.internal.Referral;
import org.poliin.counselling.internal.RetentionFiguresDTO;
import org.poliin.counselling.internal.RetentionReportDTO;
import org.poliin.counselling.internal.RetentionRowDTO;
import org.poliin.counselling.internal.StudentStatus;
import org.poliin.counselling.internal.SummaryDTO;
import org.poliin.counselling.internal.VulnerabilityCategory;
import org.poliin.counselling.internal.persistence.OutcomeStore;
import org.poliin.counselling.internal.persistence.StudentStore;

/**
 * The aggregate reports, the only view of the module coordinators and viewers have: counts and rates,
 * with small-group suppression ({@link SmallGroups}).
 */
@Component(service = CounsellingReports.class)
public final class CounsellingReports {

    private final StudentStore students;
    private final OutcomeStore outcomes;
    private final EventService events;
    private final CounsellingSettings settings;

    @Activate
    public CounsellingReports(@Reference StudentStore students, @Reference OutcomeStore outcomes,
            @Reference EventService events, @Reference CounsellingSettings settings) {
        this.students = students;
        this.outcomes = outcomes;
        this.events = events;
        this.settings = settings;
    }

    public SummaryDTO summary(LocalDate from, LocalDate to) {
        SmallGroups groups = settings.smallGroups();
        SummaryDTO summary = new SummaryDTO();
        summary.from = from;
        summary.to = to;
        summary.minimumGroupSize = groups.minimumGroupSize();
        EventQuery meetings = EventQuery.of(CounsellingModule.GROUP_MEETING, from, to, EventStatus.DONE);
        summary.meetingsHeld = FigureDTO.of(events.count(meetings));
        AttendanceSummary attendance = events.attendance(meetings);
        summary.attendanceRatePercent = attendance.recorded() == 0 ? FigureDTO.of((BigDecimal) null)
                : groups.shows(attendance.recorded()) && groups.shows(attendance.present())
                        && groups.shows(attendance.recorded() - attendance.present())
                                ? FigureDTO.of(attendance.attendanceRatePercent()) : FigureDTO.hidden();
        long total = students.supportedIn(from, to);
        summary.breakdowns = List.of(
                partition("status", total, keys(StudentStatus.values()), students.countBy("status", from, to), groups),
                partition("referral", total, keys(Referral.values()), students.countBy("referral", from, to), groups),
                independent("category", total, keys(VulnerabilityCategory.values()),
                        students.countByCategory(from, to), groups));
        return summary;
    }

    public RetentionReportDTO retention(LocalDate termEnd) {
        return retention(termEnd, outcomes.cohort(termEnd), outcomes.supported(termEnd), settings.smallGroups());
    }

    /** Builds the retention report from the database's counts (pure: unit-tested). */
    public static RetentionReportDTO retention(LocalDate termEnd, List<OutcomeStore.Count> cohort,
            List<OutcomeStore.Count> supported, SmallGroups groups) {
        record Key(String faculty, int studyYear) {
        }
        Comparator<Key> order = Comparator.comparing(Key::faculty).thenComparingInt(Key::studyYear);
        Map<Key, long[]> cohortCells = new TreeMap<>(order);
        Map<Key, long[]> supportedCells = new TreeMap<>(order);
        for (OutcomeStore.Count count : cohort) {
            add(cohortCells.computeIfAbsent(new Key(count.faculty(), count.studyYear()), k -> new long[3]), count);
            supportedCells.computeIfAbsent(new Key(count.faculty(), count.studyYear()), k -> new long[3]);
        }
        for (OutcomeStore.Count count : supported) {
            add(supportedCells.computeIfAbsent(new Key(count.faculty(), count.studyYear()), k -> new long[3]), count);
            cohortCells.computeIfAbsent(new Key(count.faculty(), count.studyYear()), k -> new long[3]);
        }
        Map<String, Long> cohortTotals = new LinkedHashMap<>();
        Map<String, Long> supportedTotals = new LinkedHashMap<>();
        cohortCells.forEach((key, cells) -> cohortTotals.put(key.toString(), sum(cells)));
        supportedCells.forEach((key, cells) -> supportedTotals.put(key.toString(), sum(cells)));
        long[] cohortAll = new long[3];
        long[] supportedAll = new long[3];
        cohortCells.values().forEach(cells -> accumulate(cohortAll, cells));
        supportedCells.values().forEach(cells -> accumulate(supportedAll, cells));
        // the rows' totals add up to the "all" total: suppress across rows too
        SmallGroups.Result cohortRows = groups.partition(sum(cohortAll), cohortTotals);
        SmallGroups.Result supportedRows = groups.partition(sum(supportedAll), supportedTotals);

        RetentionReportDTO report = new RetentionReportDTO();
        report.termEnd = termEnd;
        report.minimumGroupSize = groups.minimumGroupSize();
        report.rows = new ArrayList<>();
        for (Key key : cohortCells.keySet()) {
            RetentionRowDTO row = new RetentionRowDTO();
            row.faculty = key.faculty();
            row.studyYear = key.studyYear();
            row.cohort = figures(cohortCells.get(key), !cohortRows.suppressed(key.toString()), groups);
            row.supported = figures(supportedCells.get(key), !supportedRows.suppressed(key.toString()), groups);
            report.rows.add(row);
        }
        report.all = new RetentionRowDTO();
        report.all.cohort = figures(cohortAll, cohortRows.total() != null, groups);
        report.all.supported = figures(supportedAll, supportedRows.total() != null, groups);
        return report;
    }

    private static void add(long[] cells, OutcomeStore.Count count) {
        cells[index(count.status())] += count.count();
    }

    /** 0 retained (enrolled, graduated), 1 dropped out, 2 transferred. */
    private static int index(EnrolmentStatus status) {
        return status.retained() ? 0 : status == EnrolmentStatus.DROPPED_OUT ? 1 : 2;
    }

    private static long sum(long[] cells) {
        return cells[0] + cells[1] + cells[2];
    }

    private static void accumulate(long[] into, long[] cells) {
        for (int i = 0; i < 3; i++) {
            into[i] += cells[i];
        }
    }

    private static RetentionFiguresDTO figures(long[] cells, boolean shown, SmallGroups groups) {
        RetentionFiguresDTO figures = new RetentionFiguresDTO();
        if (!shown) {
            figures.total = FigureDTO.hidden();
            figures.retained = FigureDTO.hidden();
            figures.droppedOut = FigureDTO.hidden();
            figures.transferred = FigureDTO.hidden();
            figures.retentionRatePercent = FigureDTO.hidden();
            return figures;
        }
        Map<String, Long> named = new LinkedHashMap<>();
        named.put("retained", cells[0]);
        named.put("droppedOut", cells[1]);
        named.put("transferred", cells[2]);
        SmallGroups.Result result = groups.partition(sum(cells), named);
        figures.total = figure(result.total());
        figures.retained = figure(result.cells().get("retained"));
        figures.droppedOut = figure(result.cells().get("droppedOut"));
        figures.transferred = figure(result.cells().get("transferred"));
        Long retained = result.cells().get("retained");
        Long dropped = result.cells().get("droppedOut");
        if (retained == null || dropped == null) {
            figures.retentionRatePercent = FigureDTO.hidden();
        } else if (retained + dropped == 0) {
            figures.retentionRatePercent = FigureDTO.of((BigDecimal) null);
        } else {
            figures.retentionRatePercent = FigureDTO.of(rate(retained, retained + dropped));
        }
        return figures;
    }

    static BigDecimal rate(long part, long whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static FigureDTO figure(Long value) {
        return value == null ? FigureDTO.hidden() : FigureDTO.of(value);
    }

    private static List<String> keys(Enum<?>[] values) {
        List<String> keys = new ArrayList<>();
        for (Enum<?> value : values) {
            keys.add(value.name());
        }
        return keys;
    }

    private static BreakdownDTO partition(String dimension, long total, List<String> keys, Map<String, Long> counts,
            SmallGroups groups) {
        Map<String, Long> cells = new LinkedHashMap<>();
        keys.forEach(key -> cells.put(key, counts.getOrDefault(key, 0L)));
        SmallGroups.Result result = groups.partition(total, cells);
        BreakdownDTO breakdown = new BreakdownDTO();
        breakdown.dimension = dimension;
        breakdown.total = figure(result.total());
        breakdown.cells = new LinkedHashMap<>();
        result.cells().forEach((key, value) -> breakdown.cells.put(key, figure(value)));
        return breakdown;
    }

    private static BreakdownDTO independent(String dimension, long total, List<String> keys, Map<String, Long> counts,
            SmallGroups groups) {
        Map<String, Long> cells = new LinkedHashMap<>();
        keys.forEach(key -> cells.put(key, counts.getOrDefault(key, 0L)));
        BreakdownDTO breakdown = new BreakdownDTO();
        breakdown.dimension = dimension;
        breakdown.total = groups.shows(total) ? FigureDTO.of(total) : FigureDTO.hidden();
        breakdown.cells = new LinkedHashMap<>();
        Map<String, Long> shown = groups.shows(total) ? groups.independent(cells) : new LinkedHashMap<>();
        cells.keySet().forEach(key -> breakdown.cells.put(key, figure(shown.get(key))));
        return breakdown;
    }
}
