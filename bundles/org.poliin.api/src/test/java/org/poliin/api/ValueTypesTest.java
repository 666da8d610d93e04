package org.poliin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageCursor;
import org.poliin.api.common.PageRequest;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.errors.RecordNotFoundException;
import org.poliin.api.event.AttendanceSummary;
import org.poliin.api.event.EventTypeDTO;
import org.poliin.api.indicator.ReportPeriod;
import org.poliin.api.module.ModuleIds;
import org.poliin.api.security.PlatformUser;

class ValueTypesTest {

    @Test
    void localizedTextPicksRomanianOnlyForRomanian() {
        LocalizedText text = LocalizedText.of("Liceu", "High school");
        assertThat(text.in(Locale.forLanguageTag("ro-RO"))).isEqualTo("Liceu");
        assertThat(text.in(Locale.ENGLISH)).isEqualTo("High school");
        assertThat(text.in(Locale.GERMAN)).isEqualTo("High school");
        assertThat(text.in(null)).isEqualTo("High school");
        assertThat(text).isEqualTo(LocalizedText.of("Liceu", "High school"));
    }

    @Test
    void pageRequestsAreBounded() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_SIZE));
        assertThat(PageRequest.of(3, 50).offset()).isEqualTo(150);
        assertThatThrownBy(() -> PageRequest.of(-1, 10)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations().get(0).field).isEqualTo("page"));
        assertThatThrownBy(() -> PageRequest.of(0, PageRequest.MAX_SIZE + 1))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).message.ro).contains("500"));
        Page<Integer> page = Page.of(List.of(1, 2), PageRequest.of(1, 2), 5);
        assertThat(page.map(i -> i * 10).items).containsExactly(10, 20);
        assertThat(page.map(i -> i).total).isEqualTo(5);
    }

    @Test
    void numberedPagesStopAtTheOffsetLimitAndDeeperOnesAreReadByKey() {
        assertThat(PageRequest.of(19, 500).offset()).isEqualTo(9_500);
        assertThatThrownBy(() -> PageRequest.of(21, 500)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations().get(0).message.en).contains("after="));
        assertThatThrownBy(() -> PageRequest.of(2, 10, "x", null)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.violations().get(0).field).isEqualTo("page"));
        assertThat(PageRequest.of(null, 10, "", true)).isEqualTo(new PageRequest(0, 10, null, true));
    }

    @Test
    void aPageFetchedWithOneRowMoreCarriesTheCursorOfItsLastItem() {
        PageRequest request = PageRequest.of(null, 2);
        Page<Integer> page = Page.of(List.of(7, 8, 9), request, i -> PageCursor.of("k" + i, i), Page.NOT_COUNTED);
        assertThat(page.items).containsExactly(7, 8);
        assertThat(page.hasMore).isTrue();
        assertThat(page.total).isEqualTo(Page.NOT_COUNTED);
        PageCursor next = PageRequest.of(null, 2, page.next, null).cursor(2);
        assertThat(next.text(0)).isEqualTo("k8");
        assertThat(next.number(1)).isEqualTo(8);
        assertThat(page.map(i -> i * 10).next).isEqualTo(page.next);

        Page<Integer> last = Page.of(List.of(9), request, i -> PageCursor.of(i), Page.NOT_COUNTED);
        assertThat(last.hasMore).isFalse();
        assertThat(last.next).isNull();
    }

    @Test
    void aCursorKeepsNullsDatesAndDiacriticsAndRefusesAnythingElse() {
        PageCursor cursor = PageCursor.of(null, LocalDate.of(2024, 4, 1), "Ștefan", 12L);
        PageCursor read = PageCursor.decode(cursor.encode(), 4);
        assertThat(read).isEqualTo(cursor);
        assertThat(read.text(0)).isNull();
        assertThat(read.date(1)).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(read.text(2)).isEqualTo("Ștefan");
        for (String bad : List.of("", "%%%", "ab/c+", PageCursor.of("a").encode(), "x".repeat(3_000))) {
            assertThatThrownBy(() -> PageCursor.decode(bad, 4)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.violations().get(0).field).isEqualTo("after"));
        }
        assertThatThrownBy(() -> PageCursor.decode(PageCursor.of("x").encode(), 1).number(0))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aReportPeriodCannotEndBeforeItStarts() {
        ReportPeriod period = new ReportPeriod(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 12, 16));
        assertThat(period.contains(LocalDate.of(2024, 12, 16))).isTrue();
        assertThat(period.contains(LocalDate.of(2024, 12, 17))).isFalse();
        assertThat(period.endExclusive()).isEqualTo(LocalDate.of(2024, 12, 17));
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field).isEqualTo("to"));
    }

    @Test
    void aPeriodFromRequestParametersNamesEveryMissingOne() {
        assertThat(ReportPeriod.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 1)).from())
                .isEqualTo(LocalDate.of(2024, 4, 1));
        assertThatThrownBy(() -> ReportPeriod.of(null, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field).containsExactly("from", "to"));
        assertThatThrownBy(() -> ReportPeriod.of(LocalDate.of(2024, 4, 1), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field).containsExactly("to"));
        assertThatThrownBy(() -> ReportPeriod.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void moduleIdsAreShortLowerCaseSlugs() {
        assertThat(ModuleIds.isValid("outreach")).isTrue();
        assertThat(ModuleIds.isValid("teacher-network")).isTrue();
        assertThat(ModuleIds.isValid("Outreach")).isFalse();
        assertThat(ModuleIds.isValid("1outreach")).isFalse();
        assertThat(ModuleIds.isValid("out reach")).isFalse();
        assertThat(ModuleIds.isValid(null)).isFalse();
        assertThat(ModuleIds.isValid("a".repeat(41))).isFalse();
    }

    @Test
    void attendanceRateIsPresentOverRecorded() {
        assertThat(new AttendanceSummary(10, 6, 8, 4).attendanceRatePercent()).isEqualByComparingTo("75.0");
        assertThat(new AttendanceSummary(3, 2, 3, 3).attendanceRatePercent()).isEqualByComparingTo("66.7");
        assertThat(new AttendanceSummary(5, 0, 0, 5).attendanceRatePercent()).isNull();
    }

    @Test
    void restrictedEventTypesAuditTheirReads() {
        EventTypeDTO open = EventTypeDTO.of("outreach.school-visit", LocalizedText.of("Vizită", "Visit"));
        EventTypeDTO restricted = EventTypeDTO.restricted("counselling.group-meeting",
                LocalizedText.of("Întâlnire", "Meeting"), Set.of("counsellor"));
        assertThat(open.participantReaders).isEmpty();
        assertThat(open.auditParticipantReads).isFalse();
        assertThat(restricted.participantReaders).containsExactly("counsellor");
        assertThat(restricted.auditParticipantReads).isTrue();
    }

    @Test
    void usersHaveRolesAndErrorsSpeakBothLanguages() {
        PlatformUser user = new PlatformUser("ana", Set.of("staff", "viewer"));
        assertThat(user.hasRole("staff")).isTrue();
        assertThat(user.hasAnyRole("admin", "viewer")).isTrue();
        assertThat(user.hasAnyRole("admin", "counsellor")).isFalse();
        RecordNotFoundException missing = RecordNotFoundException.of(LocalizedText.of("persoană", "person"), 7);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.detail(Locale.forLanguageTag("ro"))).isEqualTo("Nu există persoană cu identificatorul 7.");
        assertThat(missing.getMessage()).isEqualTo("There is no person with id 7.");
    }
}
