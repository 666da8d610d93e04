package org.poliin.example.mentoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.apache.aries.jpa.template.JpaTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.mail.MailMessage;
import org.poliin.api.mail.MailService;
import org.poliin.api.people.PersonDTO;
import org.poliin.api.people.PersonService;
import org.poliin.api.errors.StaleRecordException;
import org.poliin.api.indicator.ReportPeriod;
import org.poliin.example.mentoring.internal.persistence.PairStore;
import org.poliin.testing.RecordingAuditLog;
import org.poliin.testing.TestDatabase;

/** The module's store, indicators and privacy over a real (in-memory) database, without OSGi. */
class MentoringModuleTest {

    private final TestDatabase database = TestDatabase.create()
            .migrate("db/core-changelog.xml")
            .migrate("db/mentoring-changelog.xml");
    private final JpaTemplate jpa = database.jpa("poliin-mentoring");
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final PersonService people = mock(PersonService.class);
    private final MailService mail = mock(MailService.class);
    private final PairStore pairs = new PairStore(jpa, null, audit, people, mail);
    private final MentoringPrivacy privacy = new MentoringPrivacy(pairs);

    @AfterEach
    void close() {
        database.close();
    }

    /** People live in the core; a module's tests add the rows its foreign keys need. */
    private long person(long id) throws Exception {
        PersonDTO person = new PersonDTO();
        person.id = id;
        when(people.get(id)).thenReturn(person);
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

    @Test
    void activePairsAndMenteesAreCountedForThePeriod() throws Exception {
        long mentor = person(1);
        long ioana = person(2);
        long mihai = person(3);
        pairs.create(mentor, ioana, LocalDate.of(2024, 10, 1), "Să învețe să învețe");
        PairDTO ended = pairs.create(mentor, mihai, LocalDate.of(2024, 10, 7), null);
        pairs.end(ended.id, LocalDate.of(2024, 11, 30), ended.version);

        assertThat(pairs.activeIn(new ReportPeriod(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31)))).isEqualTo(2);
        assertThat(pairs.activeIn(new ReportPeriod(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31)))).isEqualTo(1);
        assertThat(pairs.menteesIn(new ReportPeriod(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31)))).isEqualTo(1);
        assertThat(pairs.activeIn(new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 9, 30)))).isZero();
        assertThat(audit.actions()).containsExactly("mentoring.pair.create", "mentoring.pair.create",
                "mentoring.pair.end");
    }

    @Test
    void aMenteeWithAnAddressIsWelcomedByMail() throws Exception {
        long mentor = person(1);
        long mentee = person(2);
        people.get(mentee).email = "ioana@student.example";
        pairs.create(mentor, mentee, LocalDate.of(2024, 10, 1), null);
        pairs.create(mentee, person(3), LocalDate.of(2024, 10, 1), null);

        ArgumentCaptor<MailMessage> sent = ArgumentCaptor.forClass(MailMessage.class);
        verify(mail).queue(sent.capture());
        assertThat(sent.getValue().to).containsExactly("ioana@student.example");
        assertThat(sent.getValue().moduleId).isEqualTo(MentoringModule.ID);
    }

    @Test
    void endingAPairNeedsTheCurrentVersionAndAPlausibleDate() throws Exception {
        PairDTO pair = pairs.create(person(1), person(2), LocalDate.of(2024, 10, 1), null);
        assertThatThrownBy(() -> pairs.end(pair.id, LocalDate.of(2024, 9, 1), pair.version))
                .isInstanceOf(InvalidInputException.class);
        pairs.end(pair.id, LocalDate.of(2024, 12, 1), pair.version);
        assertThatThrownBy(() -> pairs.end(pair.id, LocalDate.of(2024, 12, 2), pair.version))
                .isInstanceOf(StaleRecordException.class);
    }

    @Test
    void exportShowsThePersonsPairsAndErasureClearsTheGoalsButKeepsTheCount() throws Exception {
        long mentor = person(1);
        long mentee = person(2);
        pairs.create(mentor, mentee, LocalDate.of(2024, 10, 1), "Bursă de merit");

        assertThat(privacy.export(mentee)).singleElement().satisfies(record -> {
            assertThat(record.entity).isEqualTo("MENTORING_PAIR");
            assertThat(record.data).containsEntry("role", "mentee").containsEntry("goals", "Bursă de merit")
                    .containsEntry("otherPersonId", mentor);
        });
        assertThat(privacy.export(99)).isEmpty();

        jpa.tx(em -> assertThat(privacy.erase(mentee)).singleElement()
                .satisfies(outcome -> assertThat(outcome.anonymised).isEqualTo(1)));
        assertThat(privacy.export(mentee).get(0).data.get("goals")).isNull();
        assertThat(pairs.activeIn(new ReportPeriod(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31)))).isEqualTo(1);
        assertThat(privacy.declaration().stores).extracting(s -> s.entity).containsExactly("MENTORING_PAIR");
        assertThat(privacy.moduleId()).isEqualTo(MentoringModule.ID);
    }
}
