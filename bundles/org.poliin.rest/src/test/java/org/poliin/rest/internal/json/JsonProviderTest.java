package org.poliin.rest.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.event.AttendanceSummary;
import org.poliin.api.people.PersonDTO;
import org.poliin.api.rest.PlatformRest;
import org.poliin.api.rest.ProblemDTO;

import org.poliin.rest.internal.problem.UnreadableBodyException;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

class JsonProviderTest {

    private static final Annotation[] NONE = new Annotation[0];
    private static final MediaType PROBLEM = MediaType.valueOf(PlatformRest.PROBLEM_JSON);

    private final JsonProvider provider = new JsonProvider();

    private byte[] write(Object value, MediaType type) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        provider.writeTo(value, value.getClass(), value.getClass(), NONE, type, new MultivaluedHashMap<>(), out);
        return out.toByteArray();
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private <T> T read(Class<T> type, byte[] json) throws Exception {
        return (T) provider.readFrom((Class) type, type, NONE, MediaType.APPLICATION_JSON_TYPE,
                new MultivaluedHashMap<>(), new ByteArrayInputStream(json));
    }

    @Test
    void diacriticsRoundTripAsUtf8() throws Exception {
        LocalizedText text = LocalizedText.of("Școală în Țara Făgărașului, lângă Râșnov", "School in Făgăraș Land");

        byte[] json = write(text, MediaType.APPLICATION_JSON_TYPE);
        LocalizedText back = read(LocalizedText.class, json);

        assertThat(back).isEqualTo(text);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("Școală în Țara Făgărașului");
        // ș (U+0219) is C8 99 in UTF-8: the bytes are there, not a \\u escape
        assertThat(new String(json, StandardCharsets.ISO_8859_1)).contains("\u00c8\u0099");
    }

    @Test
    void javaTimeIsIsoText() throws Exception {
        PersonDTO person = new PersonDTO();
        person.birthDate = LocalDate.of(2008, 3, 1);
        person.createdAt = Instant.parse("2024-10-15T06:30:00Z");

        String json = new String(write(person, MediaType.APPLICATION_JSON_TYPE), StandardCharsets.UTF_8);
        PersonDTO back = read(PersonDTO.class, json.getBytes(StandardCharsets.UTF_8));

        assertThat(json).contains("\"birthDate\":\"2008-03-01\"").contains("\"createdAt\":\"2024-10-15T06:30:00Z\"");
        assertThat(back.birthDate).isEqualTo(person.birthDate);
        assertThat(back.createdAt).isEqualTo(person.createdAt);
    }

    /** A record with a local date-time and an offset date-time. */
    public record Meeting(LocalDateTime startsAt, OffsetDateTime confirmedAt, BigDecimal cost) {
    }

    @Test
    void recordsRoundTripKeepingOffsetsAndPlainDecimals() throws Exception {
        Meeting meeting = new Meeting(LocalDateTime.of(2024, 10, 15, 9, 30),
                OffsetDateTime.parse("2024-10-15T09:30:00+03:00"), new BigDecimal("1.2E+3"));

        String json = new String(write(meeting, MediaType.APPLICATION_JSON_TYPE), StandardCharsets.UTF_8);
        Meeting back = read(Meeting.class, json.getBytes(StandardCharsets.UTF_8));

        assertThat(json).contains("\"startsAt\":\"2024-10-15T09:30:00\"")
                .contains("\"confirmedAt\":\"2024-10-15T09:30:00+03:00\"")
                .contains("\"cost\":1200");
        assertThat(back.startsAt()).isEqualTo(meeting.startsAt());
        assertThat(back.confirmedAt()).isEqualTo(meeting.confirmedAt());
        assertThat(back.cost()).isEqualByComparingTo("1200");
    }

    @Test
    void publicFieldsOfDtosAndApiRecordsAreWritten() throws Exception {
        Page<LocalizedText> page = Page.of(List.of(LocalizedText.of("unu", "one")), new PageRequest(0, 20), 1);

        String json = new String(write(page, MediaType.APPLICATION_JSON_TYPE), StandardCharsets.UTF_8);
        String summary = new String(write(new AttendanceSummary(10, 7, 9, 8), MediaType.APPLICATION_JSON_TYPE),
                StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("{\"items\":[{\"ro\":\"unu\",\"en\":\"one\"}],\"page\":0,\"size\":20,\"total\":1,"
                + "\"hasMore\":false,\"next\":null}");
        assertThat(summary).contains("\"registered\":10").contains("\"distinctPersons\":8");
    }

    @Test
    void unknownPropertiesAreRefused() {
        byte[] json = "{\"ro\":\"a\",\"en\":\"b\",\"fr\":\"c\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(LocalizedText.class, json)).isInstanceOf(UnreadableBodyException.class)
                .hasCauseInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void servesProblemJsonWithoutNulls() throws Exception {
        ProblemDTO problem = new ProblemDTO();
        problem.type = ProblemDTO.typeUri("not-found");
        problem.status = 404;
        problem.title = "Înregistrare inexistentă";

        assertThat(provider.isWriteable(ProblemDTO.class, ProblemDTO.class, NONE, PROBLEM)).isTrue();
        String json = new String(write(problem, PROBLEM), StandardCharsets.UTF_8);

        assertThat(json).isEqualTo(
                "{\"type\":\"urn:poliin:problem:not-found\",\"title\":\"Înregistrare inexistentă\",\"status\":404}");
    }

    @Test
    void leavesOtherMediaTypesAlone() {
        assertThat(provider.isWriteable(PersonDTO.class, PersonDTO.class, NONE, MediaType.TEXT_PLAIN_TYPE)).isFalse();
        assertThat(provider.isReadable(PersonDTO.class, PersonDTO.class, NONE, MediaType.valueOf("text/csv"))).isFalse();
    }
}
