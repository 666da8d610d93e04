package org.poliin.counselling.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.poliin.api.event.Attendance;
import org.poliin.counselling.internal.AlertRule;
import org.poliin.counselling.internal.StudentStatus;

/**
 * The early-alert rules, as a pure function of what is known about one student: which alerts the
 * student's situation calls for today. Storing them (one open alert per student and rule, one alert per
 * trigger) is the store's business.
 */
public final class AlertRules {

    /** The rules' switches and thresholds (from the configuration {@code org.poliin.counselling}). */
    public record Settings(boolean missedMeetings, int missedMeetingsInARow, boolean followUpOverdue,
            int followUpGraceDays, boolean statusPaused) {

        public Settings {
            if (missedMeetingsInARow < 1) {
                missedMeetingsInARow = 1;
            }
            if (followUpGraceDays < 0) {
                followUpGraceDays = 0;
            }
        }

        public static Settings defaults() {
            return new Settings(true, 2, true, 0, true);
        }
    }

    /** A recorded attendance of a group meeting. */
    public record MeetingAttendance(long meetingId, LocalDate meetingOn, Attendance attendance) {
    }

    /** A plan's next follow-up. */
    public record FollowUp(long planId, LocalDate followUpOn) {
    }

    /** What the rules look at. */
    public record Situation(StudentStatus status, LocalDate statusChangedOn, List<MeetingAttendance> attendances,
            List<FollowUp> followUps) {
    }

    /** An alert the situation calls for; {@code triggerKey} names what raised it, so it is raised once. */
    public record Trigger(AlertRule rule, String triggerKey) {
    }

    private AlertRules() {
    }

    public static List<Trigger> evaluate(Situation situation, LocalDate today, Settings settings) {
        List<Trigger> triggers = new ArrayList<>();
        if (settings.statusPaused() && situation.status() == StudentStatus.PAUSED) {
            triggers.add(new Trigger(AlertRule.STATUS_PAUSED, "paused:" + situation.statusChangedOn()));
        }
        if (situation.status() != StudentStatus.ACTIVE) {
            return triggers;
        }
        if (settings.missedMeetings()) {
            missedInARow(situation.attendances(), settings.missedMeetingsInARow()).ifPresent(triggers::add);
        }
        if (settings.followUpOverdue()) {
            situation.followUps().stream()
                    .filter(f -> f.followUpOn() != null
                            && f.followUpOn().plusDays(settings.followUpGraceDays()).isBefore(today))
                    .min(Comparator.comparing(FollowUp::followUpOn).thenComparing(FollowUp::planId))
                    .ifPresent(f -> triggers.add(new Trigger(AlertRule.FOLLOW_UP_OVERDUE,
                            "plan:" + f.planId() + ":" + f.followUpOn())));
        }
        return triggers;
    }

    /**
     * The last {@code count} meetings with a recorded attendance (UNKNOWN is not recorded) were all
     * ABSENT; an EXCUSED absence or a presence breaks the series. The trigger names the series (its first
     * missed meeting), so a series raises one alert however long it goes on.
     */
    private static java.util.Optional<Trigger> missedInARow(List<MeetingAttendance> attendances, int count) {
        List<MeetingAttendance> recorded = attendances.stream()
                .filter(a -> a.attendance() != null && a.attendance() != Attendance.UNKNOWN)
                .sorted(Comparator.comparing(MeetingAttendance::meetingOn).thenComparing(MeetingAttendance::meetingId)
                        .reversed())
                .toList();
        if (recorded.size() < count) {
            return java.util.Optional.empty();
        }
        for (int i = 0; i < count; i++) {
            if (recorded.get(i).attendance() != Attendance.ABSENT) {
                return java.util.Optional.empty();
            }
        }
        // the series is named after its first missed meeting: while it goes on, it is the same trigger
        int first = 0;
        while (first + 1 < recorded.size() && recorded.get(first + 1).attendance() == Attendance.ABSENT) {
            first++;
        }
        return java.util.Optional.of(new Trigger(AlertRule.MISSED_MEETINGS, "series:" + recorded.get(first).meetingId()));
    }
}
