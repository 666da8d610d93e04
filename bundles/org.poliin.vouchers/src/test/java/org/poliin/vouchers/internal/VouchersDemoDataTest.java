package org.poliin.vouchers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.event.AttendanceSummary;
import org.poliin.api.event.EventDTO;
import org.poliin.api.event.EventInput;
import org.poliin.api.event.EventService;
import org.poliin.api.event.EventTypeDTO;
import org.poliin.api.event.ParticipantDTO;
import org.poliin.api.indicator.ReportPeriod;
import org.poliin.api.people.PersonDTO;
import org.poliin.api.people.PersonInput;
import org.poliin.api.people.PersonService;
import org.poliin.testing.FixedCurrentUser;
import org.poliin.testing.RecordingAuditLog;
import org.poliin.testing.TestDatabase;
import org.poliin.vouchers.internal.persistence.ApplicationStore;
import org.poliin.vouchers.internal.persistence.FundStore;
import org.poliin.vouchers.internal.persistence.ReflectionStore;
import org.poliin.vouchers.internal.persistence.VoucherStore;
import org.poliin.vouchers.internal.service.MeetingService;
import org.poliin.vouchers.internal.service.ReportService;
import org.poliin.vouchers.internal.service.VouchersService;

/** The demo data gives the seed's figures for 2024 (53 vouchers, 53 beneficiaries, 9 meetings), twice over. */
class VouchersDemoDataTest {

    private final TestDatabase database = TestDatabase.create().migrate("db/core-changelog.xml")
            .migrate("db/vouchers-changelog.xml");
    private final JpaTemplate jpa = database.jpa("poliin-vouchers");
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final PersonService people = mock(PersonService.class);
    private final EventService events = mock(EventService.class);
    private final Map<String, PersonDTO> byExternalId = new HashMap<>();
    private final List<EventDTO> meetings = new ArrayList<>();
    private long nextId = 1;

    @AfterEach
    void close() {
        database.close();
    }

    private void insert(String sql, long id, String text) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, id);
            insert.setString(2, text);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    @Test
    void theDemoGivesTheSeedsFiguresAndCanRunTwice() throws Exception {
        when(people.findByExternalId(anyString())).thenAnswer(call -> Optional.ofNullable(byExternalId.get(call.getArgument(0))));
        when(people.find(anyLong())).thenAnswer(call -> byExternalId.values().stream()
                .filter(p -> p.id == (long) call.getArgument(0)).findFirst());
        when(people.create(any())).thenAnswer(call -> {
            PersonInput input = call.getArgument(0);
            PersonDTO person = new PersonDTO();
            person.id = nextId++;
            person.givenName = input.givenName;
            person.familyName = input.familyName;
            person.externalId = input.externalId;
            insert("INSERT INTO CORE_PERSON (ID, GIVEN_NAME, FAMILY_NAME, SEARCH_TEXT, CREATED_AT, UPDATED_AT, VERSION) "
                    + "VALUES (?, 'Demo', ?, 'demo', ?, ?, 1)", person.id, input.familyName);
            byExternalId.put(input.externalId, person);
            return person;
        });
        when(events.eventType(VouchersModule.GROUP_MEETING)).thenReturn(Optional.of(EventTypeDTO.of(
                VouchersModule.GROUP_MEETING, new VouchersModule().name())));
        when(events.create(any())).thenAnswer(call -> {
            EventInput input = call.getArgument(0);
            EventDTO event = new EventDTO();
            event.id = nextId++;
            event.type = input.type;
            event.title = input.title;
            event.startsAt = input.startsAt;
            event.status = input.status;
            insert("INSERT INTO CORE_EVENT (ID, EVENT_TYPE, MODULE_ID, TITLE, STARTS_AT, STATUS, SEARCH_TEXT, CREATED_AT, "
                    + "UPDATED_AT, VERSION) VALUES (?, 'vouchers.group-meeting', 'vouchers', ?, CURRENT_TIMESTAMP, 'DONE', "
                    + "'x', ?, ?, 1)", event.id, input.title);
            meetings.add(event);
            return event;
        });
        when(events.search(any(), any())).thenAnswer(call -> Page.of(meetings, (PageRequest) call.getArgument(1),
                meetings.size()));
        when(events.find(anyLong())).thenAnswer(call -> meetings.stream().filter(e -> e.id == (long) call.getArgument(0))
                .findFirst());
        when(events.participants(anyLong())).thenReturn(List.of());
        when(events.putParticipant(anyLong(), any())).thenReturn(new ParticipantDTO());
        when(events.count(any())).thenAnswer(call -> (long) meetings.size());
        when(events.attendance(any())).thenReturn(new AttendanceSummary(0, 0, 0, 0));

        FundStore funds = new FundStore(jpa, null, audit);
        ApplicationStore applications = new ApplicationStore(jpa, null, audit);
        VoucherStore vouchers = new VoucherStore(jpa, null, audit);
        VouchersService service = new VouchersService(funds, applications, vouchers, people, FixedCurrentUser.nobody(), audit);
        MeetingService meetingService = new MeetingService(events, people, new ReflectionStore(jpa, null, audit));
        VouchersDemoData demo = new VouchersDemoData(funds, applications, service, meetingService, events, people,
                new VouchersModule());

        demo.load();
        demo.load();

        ReportPeriod year = new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        ReportDTO report = new ReportService(vouchers, events).report(year);
        assertThat(report.vouchersAwarded).isEqualTo(53);
        assertThat(report.beneficiaries).isEqualTo(53);
        assertThat(report.meetingsHeld).isEqualTo(9);
        assertThat(report.amountAwarded).isEqualTo(new BigDecimal("7950.00"));
        assertThat(report.amountSpent).isPositive();
        assertThat(vouchers.count()).isEqualTo(53);
        assertThat(applications.count()).isEqualTo(53);
        assertThat(funds.funds(new org.poliin.api.common.PageRequest(0, 10)).items).hasSize(1);
        assertThat(funds.funds(new org.poliin.api.common.PageRequest(0, 10)).items.get(0).available).isEqualTo(new BigDecimal("0.00"));
        assertThat(byExternalId).hasSize(53);
        assertThat(byExternalId.values()).allMatch(p -> p.familyName.startsWith("Exemplu-"));
        verify(events, times(9)).create(any());
    }
}
