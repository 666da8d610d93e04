package org.poliin.counselling.internal.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.poliin.api.event.Attendance;
import org.poliin.counselling.internal.AlertRule;
import org.poliin.counselling.internal.StudentStatus;
import org.poliin.counselling.internal.service.AlertRules.FollowUp;
import org.poliin.counselling.internal.service.AlertRules.MeetingAttendance;
import org.poliin.counselling.internal.service.AlertRules.Settings;
import org.poliin.counselling.internal.service.AlertRules.Situation;
import org.poliin.counselling.internal.service.AlertRules.Trigger;

class AlertRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 12, 1);
    private static final LocalDate CHANGED = LocalDate.of(2024, 10, 1);

    private static MeetingAttendance meeting(long id, int day, Attendance attendance) {
        return new MeetingAttendance(id, LocalDate.of(2024, 11, day), attendance);
    }

    private static List<Trigger> evaluate(StudentStatus status, List<MeetingAttendance> attendances,
            List<FollowUp> followUps, Settings settings) {
        return AlertRules.evaluate(new Situation(status, CHANGED, attendances, followUps), TODAY, settings);
    }

    @Test
    void twoMissedMeetingsInARowRaiseAnAlertNamedAfterTheFirstOfTheSeries() {
        List<Trigger> triggers = evaluate(StudentStatus.ACTIVE, List.of(meeting(1, 1, Attendance.PRESENT),
                meeting(3, 15, Attendance.ABSENT), meeting(2, 8, Attendance.ABSENT)), List.of(), Settings.defaults());
        assertThat(triggers).containsExactly(new Trigger(AlertRule.MISSED_MEETINGS, "series:2"));
        // the series goes on: the same trigger, so no second alert
        assertThat(evaluate(StudentStatus.ACTIVE, List.of(meeting(1, 1, Attendance.PRESENT),
                meeting(3, 15, Attendance.ABSENT), meeting(2, 8, Attendance.ABSENT), meeting(4, 22, Attendance.ABSENT)),
                List.of(), Settings.defaults())).containsExactly(new Trigger(AlertRule.MISSED_MEETINGS, "series:2"));
    }

    @Test
    void aPresenceOrAnExcusedAbsenceBreaksTheSeriesAndUnknownIsSkipped() {
        assertThat(evaluate(StudentStatus.ACTIVE, List.of(meeting(1, 1, Attendance.ABSENT),
                meeting(2, 8, Attendance.PRESENT), meeting(3, 15, Attendance.ABSENT)), List.of(), Settings.defaults()))
                .isEmpty();
        assertThat(evaluate(StudentStatus.ACTIVE, List.of(meeting(1, 1, Attendance.ABSENT),
                meeting(2, 8, Attendance.EXCUSED), meeting(3, 15, Attendance.ABSENT)), List.of(), Settings.defaults()))
                .isEmpty();
        assertThat(evaluate(StudentStatus.ACTIVE, List.of(meeting(1, 1, Attendance.ABSENT),
                meeting(2, 8, Attendance.UNKNOWN), meeting(3, 15, Attendance.ABSENT)), List.of(), Settings.defaults()))
                .containsExactly(new Trigger(AlertRule.MISSED_MEETINGS, "series:1"));
        assertThat(evaluate(StudentStatus.ACTIVE, List.of(meeting(1, 1, Attendance.ABSENT)), List.of(),
                Settings.defaults())).as("one missed meeting is not yet a series").isEmpty();
    }

    @Test
    void theThresholdAndTheSwitchesComeFromTheSettings() {
        List<MeetingAttendance> twoMissed = List.of(meeting(1, 1, Attendance.ABSENT), meeting(2, 8, Attendance.ABSENT));
        assertThat(evaluate(StudentStatus.ACTIVE, twoMissed, List.of(), new Settings(true, 3, true, 0, true))).isEmpty();
        assertThat(evaluate(StudentStatus.ACTIVE, twoMissed, List.of(), new Settings(false, 2, true, 0, true))).isEmpty();
        assertThat(evaluate(StudentStatus.PAUSED, List.of(), List.of(), new Settings(true, 2, true, 0, false))).isEmpty();
        assertThat(new Settings(true, 0, true, -3, true).missedMeetingsInARow()).isEqualTo(1);
    }

    @Test
    void anOverdueFollowUpRaisesOneAlertForTheEarliestPlan() {
        List<FollowUp> followUps = List.of(new FollowUp(7, LocalDate.of(2024, 11, 20)),
                new FollowUp(5, LocalDate.of(2024, 11, 25)), new FollowUp(9, LocalDate.of(2024, 12, 5)));
        assertThat(evaluate(StudentStatus.ACTIVE, List.of(), followUps, Settings.defaults()))
                .containsExactly(new Trigger(AlertRule.FOLLOW_UP_OVERDUE, "plan:7:2024-11-20"));
        // grace days: the 20th + 10 days is still ahead on the 1st of December
        assertThat(evaluate(StudentStatus.ACTIVE, List.of(), followUps, new Settings(true, 2, true, 11, true))).isEmpty();
        assertThat(evaluate(StudentStatus.ACTIVE, List.of(), List.of(new FollowUp(1, TODAY)), Settings.defaults()))
                .as("due today is not overdue").isEmpty();
    }

    @Test
    void aPausedStudentRaisesThePausedAlertOnlyAndAClosedOneNothing() {
        List<MeetingAttendance> twoMissed = List.of(meeting(1, 1, Attendance.ABSENT), meeting(2, 8, Attendance.ABSENT));
        List<FollowUp> overdue = List.of(new FollowUp(7, LocalDate.of(2024, 11, 20)));
        assertThat(evaluate(StudentStatus.PAUSED, twoMissed, overdue, Settings.defaults()))
                .containsExactly(new Trigger(AlertRule.STATUS_PAUSED, "paused:" + CHANGED));
        assertThat(evaluate(StudentStatus.CLOSED, twoMissed, overdue, Settings.defaults())).isEmpty();
    }
}
