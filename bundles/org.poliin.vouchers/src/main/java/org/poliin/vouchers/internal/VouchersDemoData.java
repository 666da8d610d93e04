package org.poliin.vouchers.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.common.PageRequest;
import org.poliin.api.demo.DemoDataSet;
import org.poliin.api.event.Attendance;
import org.poliin.api.event.EventDTO;
import org.poliin.api.event.EventService;
import org.poliin.api.event.EventStatus;
import org.poliin.api.module.PlatformModule;
import org.poliin.api.people.PersonDTO;
import org.poliin.api.people.PersonInput;
import org.poliin.api.people.PersonService;
import org.poliin.vouchers.internal.persistence.ApplicationStore;
import org.poliin.vouchers.internal.persistence.FundStore;
import org.poliin.vouchers.internal.service.MeetingService;
import org.poliin.vouchers.internal.service.VouchersService;

/**
 * The 2024 fund of programme activity 5, as the project reported it: 53 vouchers to 53 students and 9
 * meetings of the beneficiary group, with a few spendings and reflections. The students are fictitious
 * (family name "Exemplu", external ids DEMO-VOUCHERS-nn). Every step creates only what is missing.
 */
@Component(property = PlatformModule.MODULE_ID_PROPERTY + "=" + VouchersModule.ID)
public final class VouchersDemoData implements DemoDataSet {

    static final String FUND = "Fondul POLI_IN pentru consum cultural 2024";
    static final int BENEFICIARIES = 53;
    static final int MEETINGS = 9;
    static final BigDecimal VALUE = new BigDecimal("150.00");
    private static final String[] GIVEN = { "Ana", "Bogdan", "Cristina", "Darius", "Elena", "Florin", "Gabriela",
        "Horia", "Ioana", "Lucian", "Maria", "Nicolae", "Oana", "Paul", "Raluca", "Sorin", "Teodora", "Vlad", "Ștefania",
        "Țerban", "Irina", "Mihai", "Alina" };
    private static final List<String> CATEGORIES = List.of("THEATRE", "MUSEUM", "PHILHARMONIC", "BOOKS");

    private final FundStore funds;
    private final ApplicationStore applications;
    private final VouchersService service;
    private final MeetingService meetings;
    private final EventService events;
    private final PersonService people;

    @Activate
    public VouchersDemoData(@Reference FundStore funds, @Reference ApplicationStore applications,
            @Reference VouchersService service, @Reference MeetingService meetings, @Reference EventService events,
            @Reference PersonService people,
            @Reference(target = "(" + PlatformModule.MODULE_ID_PROPERTY + "=" + VouchersModule.ID + ")") PlatformModule module) {
        this.funds = funds;
        this.applications = applications;
        this.service = service;
        this.meetings = meetings;
        this.events = events;
        this.people = people;
    }

    @Override
    public String moduleId() {
        return VouchersModule.ID;
    }

    @Override
    public void load() {
        FundDTO fund = funds.fundByName(FUND).orElseGet(this::fund);
        List<VenueDTO> venues = funds.venues(fund.id);
        if (venues.isEmpty()) {
            venue(fund, "Teatrul Național Timișoara (demo)", "THEATRE");
            venue(fund, "Muzeul Național de Artă Timișoara (demo)", "MUSEUM");
            venue(fund, "Filarmonica Banatul (demo)", "PHILHARMONIC");
            venue(fund, "Librăria Universității (demo)", "BOOKS");
            venues = funds.venues(fund.id);
        }
        CallDTO call = funds.calls(fund.id, new PageRequest(0, 1)).items.stream().findFirst().orElseGet(() -> call(fund));
        for (int i = 1; i <= BENEFICIARIES; i++) {
            long person = person(i);
            String category = CATEGORIES.get(i % CATEGORIES.size());
            ApplicationDTO application = applications.find(call.id, person).orElseGet(() -> apply(call, person, category));
            if (application.voucherId == null && ApplicationStore.SUBMITTED.equals(application.status)) {
                AwardInput award = new AwardInput();
                award.reason = "Punctaj peste pragul apelului / score above the call's threshold";
                VoucherDTO voucher = service.approve(application.id, award, LocalDate.of(2024, 10, 21));
                if (i % 3 != 0) {
                    spend(voucher, venues, i);
                }
            }
        }
        awaitEventType();
        meetings();
    }

    /** The platform lists the module's event type shortly after the module appears. */
    private void awaitEventType() {
        long deadline = System.currentTimeMillis() + 60_000;
        while (events.eventType(VouchersModule.GROUP_MEETING).isEmpty() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private FundDTO fund() {
        FundInput input = new FundInput();
        input.name = FUND;
        input.periodFrom = LocalDate.of(2024, 4, 1);
        input.periodTo = LocalDate.of(2024, 12, 16);
        input.budget = VALUE.multiply(BigDecimal.valueOf(BENEFICIARIES));
        input.voucherValue = VALUE;
        input.categories = List.of("THEATRE", "MUSEUM", "PHILHARMONIC", "CINEMA", "BOOKS", "OTHER");
        return service.createFund(input);
    }

    private void venue(FundDTO fund, String name, String category) {
        VenueInput venue = new VenueInput();
        venue.name = name;
        venue.category = category;
        service.addVenue(fund.id, venue);
    }

    private CallDTO call(FundDTO fund) {
        CallInput input = new CallInput();
        input.fundId = fund.id;
        input.title = "Apel vouchere culturale, toamna 2024";
        input.opensOn = LocalDate.of(2024, 9, 16);
        input.closesOn = LocalDate.of(2024, 10, 11);
        input.minCriteria = 1;
        input.criteria = List.of(criterion("social-scholarship", "Bursă socială", "Social scholarship holder", 10),
                criterion("rural", "Provine din mediul rural", "Rural origin", 5),
                criterion("orphan-care", "Orfan sau din centru de plasament", "Orphan or from a care institution", 10),
                criterion("disability", "Persoană cu dizabilități", "Disability", 10));
        return funds.createCall(input);
    }

    private static CriterionInput criterion(String code, String ro, String en, int points) {
        CriterionInput criterion = new CriterionInput();
        criterion.code = code;
        criterion.labelRo = ro;
        criterion.labelEn = en;
        criterion.points = points;
        criterion.mandatory = Boolean.FALSE;
        return criterion;
    }

    private long person(int i) {
        String externalId = String.format("DEMO-VOUCHERS-%02d", i);
        Optional<PersonDTO> existing = people.findByExternalId(externalId);
        if (existing.isPresent()) {
            return existing.get().id;
        }
        PersonInput input = new PersonInput();
        input.givenName = GIVEN[(i - 1) % GIVEN.length];
        input.familyName = String.format("Exemplu-%02d", i);
        input.externalId = externalId;
        return people.create(input).id;
    }

    private ApplicationDTO apply(CallDTO call, long person, String category) {
        ApplicationInput input = new ApplicationInput();
        input.callId = call.id;
        input.personId = person;
        int n = (int) (person % 4);
        input.criteria = switch (n) {
            case 0 -> List.of("social-scholarship", "rural");
            case 1 -> List.of("rural");
            case 2 -> List.of("social-scholarship");
            default -> List.of("orphan-care");
        };
        input.evidenceRef = "Dosar demo " + person;
        input.preferredCategory = category;
        input.submittedOn = LocalDate.of(2024, 9, 20);
        ApplicationDTO submitted = service.submit(input);
        return applications.get(submitted.id);
    }

    private void spend(VoucherDTO voucher, List<VenueDTO> venues, int i) {
        VenueDTO venue = venues.stream().filter(v -> v.category == voucher.category).findFirst().orElse(null);
        if (venue == null) {
            return;
        }
        RedemptionInput input = new RedemptionInput();
        input.code = voucher.code;
        input.amount = i % 2 == 0 ? VALUE : new BigDecimal("95.50");
        input.venueId = venue.id;
        input.spentOn = LocalDate.of(2024, 11, 4).plusDays(i % 20);
        input.receiptNo = String.format("DEMO-2024-%03d", i);
        service.redeem(input);
    }

    private void meetings() {
        List<EventDTO> held = meetings.list(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 12, 16), PageRequest.of(0, 100))
                .items;
        Map<Integer, String> topics = Map.of(1, "Ce am văzut la teatru", 2, "Expoziția de la Muzeul de Artă",
                3, "Concertul de la Filarmonică", 4, "O carte care ne-a schimbat părerea", 5, "Orașul și cultura lui",
                6, "Gândire critică: cum citim o cronică", 7, "Film și societate", 8, "Patrimoniul Timișoarei",
                9, "Bilanțul anului cultural");
        for (int m = held.size() + 1; m <= MEETINGS; m++) {
            LocalDateTime startsAt = LocalDateTime.of(2024, 10, 1, 17, 0).plusWeeks(m - 1);
            MeetingInput input = new MeetingInput();
            input.title = "Întâlnirea " + m + ": " + topics.get(m);
            input.startsAt = startsAt;
            input.endsAt = startsAt.plusHours(2);
            input.place = "Casa Studenților, Timișoara";
            input.status = EventStatus.DONE;
            EventDTO meeting = meetings.create(input);
            for (int i = m; i <= BENEFICIARIES; i += 4) {
                AttendanceInput attendance = new AttendanceInput();
                attendance.personId = person(i);
                attendance.attendance = i % 5 == 0 ? Attendance.ABSENT : Attendance.PRESENT;
                meetings.attendance(meeting.id, attendance);
            }
            ReflectionInput reflection = new ReflectionInput();
            reflection.personId = person(m);
            reflection.text = "Am descoperit că discuția după spectacol schimbă felul în care îl înțeleg.";
            meetings.reflect(meeting.id, reflection);
        }
    }
}
