package org.poliin.vouchers.internal;

import java.math.BigDecimal;
import java.util.HashMap;
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
import org.poliin.vouchers.internal.service.ReportService;

/** The module's part of the funder report (programme activity 5); every value is a database aggregate. */
@Component(property = PlatformModule.MODULE_ID_PROPERTY + "=" + VouchersModule.ID)
public final class VouchersIndicators implements IndicatorProvider {

    static final String AWARDED = VouchersModule.ID + ".vouchers-awarded";
    static final String BENEFICIARIES = VouchersModule.ID + ".beneficiaries";
    static final String AMOUNT_AWARDED = VouchersModule.ID + ".amount-awarded";
    static final String AMOUNT_SPENT = VouchersModule.ID + ".amount-spent";
    static final String AMOUNT_REMAINING = VouchersModule.ID + ".amount-remaining";
    static final String MEETINGS = VouchersModule.ID + ".group-meetings";
    static final String ATTENDANCE = VouchersModule.ID + ".attendance-rate";

    private final ReportService reports;

    @Activate
    public VouchersIndicators(@Reference ReportService reports) {
        this.reports = reports;
    }

    @Override
    public String moduleId() {
        return VouchersModule.ID;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(
                IndicatorDefinition.of(AWARDED, LocalizedText.of("Vouchere culturale acordate", "Cultural vouchers awarded"),
                        IndicatorDefinition.UNIT_COUNT, LocalizedText.of("vouchere emise în perioadă, fără cele refuzate",
                                "vouchers issued in the period, not counting declined ones")),
                IndicatorDefinition.of(BENEFICIARIES, LocalizedText.of("Beneficiari de vouchere", "Voucher beneficiaries"),
                        IndicatorDefinition.UNIT_PERSONS, LocalizedText.of("studenți diferiți cu un voucher acordat în perioadă",
                                "different students with a voucher awarded in the period")),
                IndicatorDefinition.of(AMOUNT_AWARDED, LocalizedText.of("Sumă acordată prin vouchere", "Amount awarded in vouchers"),
                        IndicatorDefinition.UNIT_RON, LocalizedText.of("valoarea voucherelor acordate în perioadă",
                                "value of the vouchers awarded in the period")),
                IndicatorDefinition.of(AMOUNT_SPENT, LocalizedText.of("Sumă cheltuită din vouchere", "Amount spent from vouchers"),
                        IndicatorDefinition.UNIT_RON, LocalizedText.of("cheltuieli înregistrate în perioadă",
                                "spending recorded in the period")),
                IndicatorDefinition.of(AMOUNT_REMAINING, LocalizedText.of("Sold neutilizat al voucherelor", "Unspent voucher balance"),
                        IndicatorDefinition.UNIT_RON, LocalizedText.of("cât a rămas necheltuit din voucherele acordate în perioadă",
                                "what is left unspent on the vouchers awarded in the period")),
                IndicatorDefinition.of(MEETINGS, LocalizedText.of("Întâlniri ale grupului de beneficiari", "Beneficiary group meetings held"),
                        IndicatorDefinition.UNIT_COUNT, LocalizedText.of("întâlniri desfășurate în perioadă",
                                "meetings held in the period")),
                IndicatorDefinition.of(ATTENDANCE, LocalizedText.of("Rata de participare la întâlniri", "Group meeting attendance rate"),
                        IndicatorDefinition.UNIT_PERCENT, LocalizedText.of("prezenți din participanții cu prezența consemnată",
                                "present among the participants whose attendance was recorded")));
    }

    @Override
    public Map<String, BigDecimal> compute(ReportPeriod period) {
        ReportDTO report = reports.report(period);
        Map<String, BigDecimal> values = new HashMap<>();
        values.put(AWARDED, BigDecimal.valueOf(report.vouchersAwarded));
        values.put(BENEFICIARIES, BigDecimal.valueOf(report.beneficiaries));
        values.put(AMOUNT_AWARDED, report.amountAwarded);
        values.put(AMOUNT_SPENT, report.amountSpent);
        values.put(AMOUNT_REMAINING, report.amountRemaining);
        values.put(MEETINGS, BigDecimal.valueOf(report.meetingsHeld));
        if (report.attendanceRatePercent != null) {
            values.put(ATTENDANCE, report.attendanceRatePercent);
        }
        return values;
    }
}
