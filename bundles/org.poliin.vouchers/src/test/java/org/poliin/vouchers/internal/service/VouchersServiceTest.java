package org.poliin.vouchers.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.poliin.api.audit.AuditEntryDTO;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.audit.AuditQuery;
import org.poliin.api.audit.AuditRecord;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.errors.ConflictException;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.errors.RecordNotFoundException;
import org.poliin.api.event.AttendanceSummary;
import org.poliin.api.event.EventService;
import org.poliin.api.indicator.ReportPeriod;
import org.poliin.api.people.PersonDTO;
import org.poliin.api.people.PersonService;
import org.poliin.api.privacy.PersonalDataRecord;
import org.poliin.testing.FixedCurrentUser;
import org.poliin.testing.TestDatabase;
import org.poliin.vouchers.internal.ApplicationDTO;
import org.poliin.vouchers.internal.ApplicationInput;
import org.poliin.vouchers.internal.AwardInput;
import org.poliin.vouchers.internal.CallDTO;
import org.poliin.vouchers.internal.CallInput;
import org.poliin.vouchers.internal.Category;
import org.poliin.vouchers.internal.CriterionInput;
import org.poliin.vouchers.internal.DeclineDTO;
import org.poliin.vouchers.internal.FundDTO;
import org.poliin.vouchers.internal.FundInput;
import org.poliin.vouchers.internal.RedemptionDTO;
import org.poliin.vouchers.internal.RedemptionInput;
import org.poliin.vouchers.internal.ReportDTO;
import org.poliin.vouchers.internal.VenueDTO;
import org.poliin.vouchers.internal.VenueInput;
import org.poliin.vouchers.internal.VoucherDTO;
import org.poliin.vouchers.internal.VouchersPrivacy;
import org.poliin.vouchers.internal.persistence.ApplicationStore;
import org.poliin.vouchers.internal.persistence.FundStore;
import org.poliin.vouchers.internal.persistence.ReflectionStore;
import org.poliin.vouchers.internal.persistence.VoucherStore;

/** The module's rules over a real (in-memory Derby) database, without OSGi. */
class VouchersServiceTest {

    /** The audit log, safe for the concurrent test. */
    static final class Audit implements AuditLog {
        final List<AuditRecord> records = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void record(AuditRecord record) {
            records.add(record);
        }

        @Override
        public Page<AuditEntryDTO> search(AuditQuery query, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        List<String> actions() {
            synchronized (records) {
                return records.stream().map(AuditRecord::action).toList();
            }
        }
    }

    private static final LocalDate TODAY = LocalDate.of(2024, 10, 20);

    private final TestDatabase database = TestDatabase.create().migrate("db/core-changelog.xml")
            .migrate("db/vouchers-changelog.xml");
    private final JpaTemplate jpa = database.jpa("poliin-vouchers");
    private final Audit audit = new Audit();
    private final PersonService people = mock(PersonService.class);
    private final EventService events = mock(EventService.class);
    private final FundStore funds = new FundStore(jpa, null, audit);
    private final ApplicationStore applications = new ApplicationStore(jpa, null, audit);
    private final VoucherStore vouchers = new VoucherStore(jpa, null, audit);
    private final ReflectionStore reflections = new ReflectionStore(jpa, null, audit);
    private final Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    private final ReportService reports = new ReportService(vouchers, events);
    private long nextPerson = 1000;

    {
        when(events.attendance(any())).thenReturn(new AttendanceSummary(0, 0, 0, 0));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private VouchersService as(String role) {
        return new VouchersService(funds, applications, vouchers, people, FixedCurrentUser.as("u-" + role, role)
                .withReason("evaluare dosar"), audit, clock);
    }

    private long person() throws Exception {
        long id = nextPerson++;
        PersonDTO person = new PersonDTO();
        person.id = id;
        person.givenName = "Ștefania";
        person.familyName = "Țurcan-Brăila";
        when(people.find(id)).thenReturn(Optional.of(person));
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO CORE_PERSON "
                        + "(ID, GIVEN_NAME, FAMILY_NAME, SEARCH_TEXT, CREATED_AT, UPDATED_AT, VERSION) "
                        + "VALUES (?, 'Test', 'Persoană', 'test persoana', ?, ?, 1)")) {
            insert.setLong(1, id);
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return id;
    }

    private FundDTO fund(VouchersService service, String budget, String value) {
        FundInput input = new FundInput();
        input.name = "Fond " + budget;
        input.periodFrom = LocalDate.of(2024, 4, 1);
        input.periodTo = LocalDate.of(2024, 12, 16);
        input.budget = new BigDecimal(budget);
        input.voucherValue = new BigDecimal(value);
        input.categories = List.of("theatre", "MUSEUM", "BOOKS");
        return service.createFund(input);
    }

    private CallDTO call(FundDTO fund, int min) {
        CallInput input = new CallInput();
        input.fundId = fund.id;
        input.title = "Apel";
        input.opensOn = LocalDate.of(2024, 9, 16);
        input.closesOn = LocalDate.of(2024, 10, 31);
        input.minCriteria = min;
        input.criteria = List.of(criterion("enrolled", "Student înmatriculat", "Enrolled student", 0, true),
                criterion("social-scholarship", "Bursă socială", "Social scholarship holder", 10, false),
                criterion("rural", "Mediu rural", "Rural origin", 5, false),
                criterion("orphan-care", "Orfan sau din centru de plasament", "Orphan or from a care institution", 10, false));
        return funds.createCall(input);
    }

    private static CriterionInput criterion(String code, String ro, String en, int points, boolean mandatory) {
        CriterionInput criterion = new CriterionInput();
        criterion.code = code;
        criterion.labelRo = ro;
        criterion.labelEn = en;
        criterion.points = points;
        criterion.mandatory = mandatory;
        return criterion;
    }

    private ApplicationDTO apply(VouchersService service, CallDTO call, String... criteria) throws Exception {
        ApplicationInput input = new ApplicationInput();
        input.callId = call.id;
        input.personId = person();
        input.criteria = List.of(criteria);
        input.evidenceRef = "Adeverință 12/2024";
        input.preferredCategory = "THEATRE";
        input.submittedOn = LocalDate.of(2024, 10, 1);
        return service.submit(input);
    }

    private RedemptionInput spending(VoucherDTO voucher, VenueDTO venue, String amount, String receipt) {
        RedemptionInput input = new RedemptionInput();
        input.code = voucher.code.toLowerCase(Locale.ROOT);
        input.amount = new BigDecimal(amount);
        input.venueId = venue.id;
        input.receiptNo = receipt;
        input.spentOn = TODAY;
        return input;
    }

    @Test
    void aWholeCycleFromFundToReport() throws Exception {
        VouchersService coordinator = as("coordinator");
        FundDTO fund = fund(coordinator, "450.00", "150");
        VenueInput theatre = new VenueInput();
        theatre.name = "Teatrul Național";
        theatre.category = "THEATRE";
        VenueDTO venue = coordinator.addVenue(fund.id, theatre);
        VenueInput museum = new VenueInput();
        museum.name = "Muzeul de Artă";
        museum.category = "MUSEUM";
        VenueDTO museumVenue = coordinator.addVenue(fund.id, museum);
        CallDTO call = call(fund, 2);

        // eligibility: the mandatory criterion and at least two criteria; the failing ones are named
        ApplicationDTO missingMandatory = apply(coordinator, call, "social-scholarship", "rural");
        assertThat(missingMandatory.eligible).isFalse();
        assertThat(missingMandatory.status).isEqualTo("INELIGIBLE");
        assertThat(missingMandatory.failedCriteria).extracting(c -> c.code).containsExactly("enrolled");
        assertThat(missingMandatory.failedCriteria.get(0).label.en).isEqualTo("Enrolled student");
        ApplicationDTO tooFew = apply(coordinator, call, "enrolled");
        assertThat(tooFew.eligible).isFalse();
        assertThat(tooFew.failedCriteria).extracting(c -> c.code).containsExactly("social-scholarship", "rural",
                "orphan-care");
        assertThatThrownBy(() -> apply(coordinator, call, "enrolled", "astrology"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field).isEqualTo("criteria"));

        ApplicationDTO a = apply(coordinator, call, "enrolled", "rural");                       // 5
        ApplicationDTO b = apply(coordinator, call, "enrolled", "social-scholarship", "rural"); // 15
        ApplicationDTO c = apply(coordinator, call, "enrolled", "orphan-care");                 // 10
        ApplicationDTO d = apply(coordinator, call, "enrolled", "social-scholarship");          // 10, later id
        applications.assess(a.id, 20);                                                          // 25
        assertThat(applications.ranking(call.id, new org.poliin.api.common.PageRequest(0, 10)).items).extracting(r -> r.id).containsExactly(a.id, b.id, c.id, d.id);
        assertThat(applications.ranking(call.id, new org.poliin.api.common.PageRequest(0, 10)).items).extracting(r -> r.rank).containsExactly(1, 2, 3, 4);

        // three vouchers fit the budget; the fourth approval is a 409 and changes nothing
        VoucherDTO va = coordinator.approve(a.id, new AwardInput());
        VoucherDTO vb = coordinator.approve(b.id, new AwardInput());
        AwardInput museumAward = new AwardInput();
        museumAward.category = "MUSEUM";
        VoucherDTO vc = coordinator.approve(c.id, museumAward);
        assertThat(va.value).isEqualTo(new BigDecimal("150.00"));
        assertThat(va.category).isEqualTo(Category.THEATRE);
        assertThat(vc.category).isEqualTo(Category.MUSEUM);
        assertThat(va.expiresOn).isEqualTo(LocalDate.of(2024, 12, 16));
        assertThat(List.of(va.code, vb.code, vc.code)).doesNotHaveDuplicates();
        assertThatThrownBy(() -> coordinator.approve(d.id, new AwardInput())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("no room");
        assertThat(applications.get(d.id).status).isEqualTo("SUBMITTED");
        assertThatThrownBy(() -> coordinator.approve(a.id, new AwardInput())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already APPROVED");
        assertThatThrownBy(() -> coordinator.approve(tooFew.id, new AwardInput())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("not eligible").hasMessageContaining("Social scholarship holder");
        AwardInput cinema = new AwardInput();
        cinema.category = "CINEMA";
        assertThatThrownBy(() -> coordinator.approve(d.id, cinema)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations().get(0).field).isEqualTo("category"));
        assertThat(funds.fund(fund.id).available).isEqualTo(new BigDecimal("0.00"));

        // the waiting list moves up when an award is declined
        applications.decide(d.id, ApplicationStore.WAITLISTED, "Fond epuizat");
        DeclineDTO declined = coordinator.decline(vb.id, "Nu poate participa");
        assertThat(declined.voucher.status).isEqualTo("DECLINED");
        assertThat(declined.promoted.id).isEqualTo(d.id);
        assertThat(declined.promoted.status).isEqualTo("APPROVED");
        assertThat(declined.promoted.voucherId).isNotNull();
        assertThat(funds.fund(fund.id).committed).isEqualTo(new BigDecimal("450.00"));
        assertThatThrownBy(() -> coordinator.decline(vb.id, "din nou")).isInstanceOf(ConflictException.class);

        // redemption: partial, never more than the value, idempotent per receipt
        RedemptionDTO first = coordinator.redeem(spending(va, venue, "100.50", "TNT-0001"));
        assertThat(first.repeated).isFalse();
        assertThat(first.balance).isEqualTo(new BigDecimal("49.50"));
        RedemptionDTO again = coordinator.redeem(spending(va, venue, "100.5", "TNT-0001"));
        assertThat(again.repeated).isTrue();
        assertThat(again.id).isEqualTo(first.id);
        assertThat(vouchers.get(va.id).spent).isEqualTo(new BigDecimal("100.50"));
        assertThatThrownBy(() -> coordinator.redeem(spending(va, venue, "10.00", "TNT-0001")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("receipt TNT-0001");
        assertThatThrownBy(() -> coordinator.redeem(spending(va, venue, "49.51", "TNT-0002")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("balance (49.50 RON)");
        assertThat(coordinator.redeem(spending(va, venue, "49.50", "TNT-0003")).balance).isEqualTo(new BigDecimal("0.00"));
        assertThatThrownBy(() -> coordinator.redeem(spending(vc, venue, "10.00", "TNT-0004")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("museum");
        coordinator.redeem(spending(vc, museumVenue, "30.00", "MNA-1"));
        RedemptionInput tooPrecise = spending(vc, museumVenue, "1.001", "MNA-2");
        assertThatThrownBy(() -> coordinator.redeem(tooPrecise)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations().get(0).field).isEqualTo("amount"));
        RedemptionInput unknown = spending(vc, museumVenue, "1.00", "MNA-3");
        String other = new VoucherCodes(new java.security.SecureRandom()).next();
        unknown.code = other;
        assertThatThrownBy(() -> coordinator.redeem(unknown)).isInstanceOf(RecordNotFoundException.class);
        VouchersService afterExpiry = new VouchersService(funds, applications, vouchers, people,
                FixedCurrentUser.as("c", "coordinator"), audit, Clock.fixed(Instant.parse("2025-01-10T10:00:00Z"),
                        ZoneId.systemDefault()));
        RedemptionInput late = spending(vc, museumVenue, "5.00", "MNA-4");
        late.spentOn = LocalDate.of(2025, 1, 9);
        assertThatThrownBy(() -> afterExpiry.redeem(late)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("expired on 2024-12-16");
        assertThat(vouchers.redemptions(va.id)).hasSize(2);

        // the report: all by database aggregates
        when(events.count(any())).thenReturn(2L);
        when(events.attendance(any())).thenReturn(new AttendanceSummary(10, 7, 10, 5));
        ReportDTO report = reports.report(new ReportPeriod(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 12, 16)));
        assertThat(report.vouchersAwarded).isEqualTo(3);
        assertThat(report.beneficiaries).isEqualTo(3);
        assertThat(report.amountAwarded).isEqualTo(new BigDecimal("450.00"));
        assertThat(report.amountSpent).isEqualTo(new BigDecimal("180.00"));
        assertThat(report.amountRemaining).isEqualTo(new BigDecimal("270.00"));
        assertThat(report.meetingsHeld).isEqualTo(2);
        assertThat(report.attendanceRatePercent).isEqualTo(new BigDecimal("70.0"));
        ReportDTO.ReportRow theatreRow = report.byCategory.stream().filter(r -> r.category == Category.THEATRE)
                .findFirst().orElseThrow();
        assertThat(theatreRow.vouchers).isEqualTo(2);
        assertThat(theatreRow.awarded).isEqualTo(new BigDecimal("300.00"));
        assertThat(theatreRow.spent).isEqualTo(new BigDecimal("150.00"));
        assertThat(theatreRow.remaining).isEqualTo(new BigDecimal("150.00"));
        assertThat(report.byVenue).extracting(r -> r.venueName).containsExactly("Muzeul de Artă", "Teatrul Național");
        String csv = ReportCsv.write(report, Locale.forLanguageTag("ro"));
        assertThat(csv).startsWith("section,key,name,vouchers,awarded,spent,remaining\r\n")
                .contains("total,period,2024-04-01..2024-12-16,3,450.00,180.00,270.00")
                .contains("category,THEATRE,teatru,2,300.00,150.00,150.00")
                .contains("venue," + venue.id + ",Teatrul Național,1,,150.00,");
        ReportDTO before = reports.report(new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)));
        assertThat(before.vouchersAwarded).isZero();
        assertThat(before.amountAwarded).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void concurrentApprovalsNeverOverspendTheFund() throws Exception {
        VouchersService coordinator = as("coordinator");
        FundDTO fund = fund(coordinator, "1050.00", "150.00"); // room for 7
        CallDTO call = call(fund, 1);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(apply(coordinator, call, "enrolled", "rural").id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (long id : ids) {
            outcomes.add(pool.submit((Callable<Boolean>) () -> {
                start.await();
                try {
                    coordinator.approve(id, new AwardInput());
                    return true;
                } catch (ConflictException refused) {
                    return false;
                }
            }));
        }
        start.countDown();
        int awarded = 0;
        for (Future<Boolean> outcome : outcomes) {
            if (outcome.get()) {
                awarded++;
            }
        }
        pool.shutdown();
        assertThat(awarded).isEqualTo(7);
        assertThat(vouchers.count()).isEqualTo(7);
        FundDTO after = funds.fund(fund.id);
        assertThat(after.committed).isEqualTo(new BigDecimal("1050.00"));
        assertThat(after.available).isEqualTo(new BigDecimal("0.00"));
        assertThat(applications.search(call.id, "APPROVED", new PageRequest(0, 100, null, true)).total).isEqualTo(7);
    }

    @Test
    void theDatabaseRefusesAnOverspentFundEvenWithoutTheService() throws Exception {
        FundDTO fund = fund(as("coordinator"), "100.00", "50.00");
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE VOUCHERS_FUND SET COMMITTED_AMOUNT = 100.01 WHERE ID = ?")) {
            update.setLong(1, fund.id);
            assertThatThrownBy(update::executeUpdate).isInstanceOf(java.sql.SQLException.class)
                    .hasMessageContaining("CK_VOUCHERS_FUND_BUDGET");
        }
    }

    @Test
    void onlyCoordinatorsAndCounsellorsSeeTheCriteriaAndTheirReadsAreAudited() throws Exception {
        VouchersService coordinator = as("coordinator");
        CallDTO call = call(fund(coordinator, "300", "150"), 1);
        ApplicationDTO application = apply(as("staff"), call, "enrolled", "orphan-care");
        assertThat(application.criteria).isNull();
        assertThat(application.evidenceRef).isNull();
        audit.records.clear();
        ApplicationDTO counsellor = as("counsellor").view(applications.get(application.id));
        assertThat(counsellor.criteria).containsExactly("enrolled", "orphan-care");
        assertThat(counsellor.evidenceRef).isEqualTo("Adeverință 12/2024");
        assertThat(audit.actions()).containsExactly("vouchers.application.criteria.read");
        ApplicationDTO staff = as("staff").view(applications.get(application.id));
        ApplicationDTO admin = as("admin").view(applications.get(application.id));
        assertThat(staff.criteria).isNull();
        assertThat(admin.criteria).isNull();
        assertThat(staff.score).isEqualTo(10);
        assertThat(audit.actions()).hasSize(1);
    }

    @Test
    void erasureClearsTheCriteriaAndKeepsTheAmounts() throws Exception {
        VouchersService coordinator = as("coordinator");
        CallDTO call = call(fund(coordinator, "300", "150"), 1);
        ApplicationDTO application = apply(coordinator, call, "enrolled", "orphan-care");
        coordinator.approve(application.id, new AwardInput());
        VouchersPrivacy privacy = new VouchersPrivacy(applications, vouchers, reflections);
        List<PersonalDataRecord> export = privacy.export(application.personId);
        assertThat(export).extracting(r -> r.entity).containsExactly("VOUCHERS_APPLICATION", "VOUCHERS_VOUCHER");
        assertThat(export.get(0).data).containsEntry("criteria", "enrolled,orphan-care");
        assertThat(privacy.declaration().stores.get(0).fields).anyMatch(f -> f.specialCategory && f.name.equals("criteria"));

        jpa.tx(em -> assertThat(privacy.erase(application.personId)).extracting(o -> o.anonymised).containsExactly(1, 0));
        ApplicationDTO erased = as("coordinator").view(applications.get(application.id));
        assertThat(erased.criteria).isNull();
        assertThat(erased.evidenceRef).isNull();
        assertThat(erased.status).isEqualTo("APPROVED");
        ReportDTO report = reports.report(new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        assertThat(report.vouchersAwarded).isEqualTo(1);
        assertThat(report.amountAwarded).isEqualTo(new BigDecimal("150.00"));
        // a person the module never saw: nothing to do, no failure
        jpa.tx(em -> assertThat(privacy.erase(987654321L)).extracting(o -> o.anonymised + o.deleted).containsOnly(0));
    }

    @Test
    void thePrintableVoucherShowsRomanianLetters() throws Exception {
        VouchersService coordinator = as("coordinator");
        FundDTO fund = fund(coordinator, "300", "150");
        ApplicationDTO application = apply(coordinator, call(fund, 1), "enrolled", "rural");
        VoucherDTO voucher = coordinator.approve(application.id, new AwardInput());
        byte[] pdf = VoucherPdf.render(voucher, funds.fund(fund.id), "Ștefania Țurcan-Brăila");
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Ștefania Țurcan-Brăila").contains(voucher.code)
                    .contains("Valoare / Value: 150.00 lei (RON)").contains("Categorie / Category: teatru / theatre")
                    .contains("Valabil până la / Valid until: 16.12.2024").contains("tranșe");
        }
    }
}
