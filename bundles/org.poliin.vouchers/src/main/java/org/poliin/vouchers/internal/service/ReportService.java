package org.poliin.vouchers.internal.service;

import java.math.BigDecimal;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.event.EventQuery;
import org.poliin.api.event.EventService;
import org.poliin.api.event.EventStatus;
import org.poliin.api.indicator.ReportPeriod;
import org.poliin.vouchers.internal.ReportDTO;
import org.poliin.vouchers.internal.ReportDTO.ReportRow;
import org.poliin.vouchers.internal.VouchersModule;
import org.poliin.vouchers.internal.persistence.VoucherStore;

/** The module's figures for a period; every figure is an aggregate computed by the database. */
@Component(service = ReportService.class)
public final class ReportService {

    private final VoucherStore vouchers;
    private final EventService events;

    @Activate
    public ReportService(@Reference VoucherStore vouchers, @Reference EventService events) {
        this.vouchers = vouchers;
        this.events = events;
    }

    public ReportDTO report(ReportPeriod period) {
        ReportDTO report = new ReportDTO();
        report.from = period.from();
        report.to = period.to();
        report.vouchersAwarded = vouchers.awarded(period);
        report.beneficiaries = vouchers.beneficiaries(period);
        report.byCategory = vouchers.byCategory(period);
        report.byVenue = vouchers.byVenue(period);
        report.amountAwarded = sum(report.byCategory, true);
        report.amountRemaining = report.byCategory.stream().map(r -> r.remaining).reduce(Money.ZERO, BigDecimal::add);
        report.amountSpent = sum(report.byCategory, false);
        EventQuery meetings = meetingsHeld(period);
        report.meetingsHeld = events.count(meetings);
        report.attendanceRatePercent = events.attendance(meetings).attendanceRatePercent();
        return report;
    }

    public static EventQuery meetingsHeld(ReportPeriod period) {
        return EventQuery.of(VouchersModule.GROUP_MEETING, period.from(), period.to(), EventStatus.DONE);
    }

    private static BigDecimal sum(List<ReportRow> rows, boolean awarded) {
        return rows.stream().map(r -> awarded ? r.awarded : r.spent).reduce(Money.ZERO, BigDecimal::add);
    }
}
