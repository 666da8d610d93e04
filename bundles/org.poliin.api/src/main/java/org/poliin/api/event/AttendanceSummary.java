package org.poliin.api.event;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Attendance over a set of events, counted by the database.
 *
 * @param registered participations registered (one person at one event counts once)
 * @param present participations marked present
 * @param recorded participations whose attendance was recorded (present, absent or excused)
 * @param distinctPersons different persons among the registered
 */
public record AttendanceSummary(long registered, long present, long recorded, long distinctPersons) {

    /** Present over recorded, in percent with one decimal; null when nothing was recorded. */
    public BigDecimal attendanceRatePercent() {
        if (recorded == 0) {
            return null;
        }
        return BigDecimal.valueOf(present * 100L).divide(BigDecimal.valueOf(recorded), 1, RoundingMode.HALF_UP);
    }
}
