package org.poliin.core.internal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.poliin.api.common.PageRequest;
import org.poliin.api.errors.ConflictException;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.errors.StaleRecordException;
import org.poliin.api.people.PersonDTO;
import org.poliin.api.people.PersonInput;
import org.poliin.api.people.PersonQuery;
import org.poliin.core.internal.CoreFixture;

class JpaPersonServiceTest {

    private final CoreFixture core = new CoreFixture();

    @AfterEach
    void close() {
        core.close();
    }

    private static PersonInput person(String given, String family) {
        PersonInput input = new PersonInput();
        input.givenName = given;
        input.familyName = family;
        return input;
    }

    @Test
    void keepsDiacriticsAndFindsWithoutThem() {
        PersonInput input = person("Ștefania", "Țăranu");
        input.email = "stefania@example.ro";
        input.birthDate = LocalDate.of(2007, 3, 1);
        PersonDTO created = core.people.create(input);

        assertThat(core.people.get(created.id).givenName).isEqualTo("Ștefania");
        assertThat(core.people.search(PersonQuery.text("stefania taranu"), PageRequest.of(0, 5)).items)
                .extracting(p -> p.id).containsExactly(created.id);
        assertThat(core.people.search(PersonQuery.text("ȚĂRANU"), new PageRequest(0, 5, null, true)).total).isEqualTo(1);
        assertThat(core.people.search(PersonQuery.text("popescu"), new PageRequest(0, 5, null, true)).total).isZero();
        assertThat(core.audit.actions()).containsExactly("person.create");
    }

    @Test
    void rejectsInvalidInputWithFieldMessagesInBothLanguages() {
        PersonInput input = person(" ", "Pop");
        input.email = "not-an-email";
        assertThatThrownBy(() -> core.people.create(input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).extracting(v -> v.field).containsExactly("email", "givenName");
                    assertThat(e.violations().get(1).message.en).isNotBlank();
                    assertThat(e.violations().get(1).message.ro).isNotEqualTo(e.violations().get(1).message.en);
                });
        assertThatThrownBy(() -> core.people.create(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void optimisticLockingAndUniqueExternalIds() {
        PersonInput input = person("Ana", "Pop");
        input.externalId = "UPT-1";
        PersonDTO ana = core.people.create(input);
        PersonInput other = person("Ion", "Pop");
        other.externalId = "UPT-1";
        assertThatThrownBy(() -> core.people.create(other)).isInstanceOf(ConflictException.class);

        input.version = ana.version;
        input.phone = "+40 256 403 000";
        PersonDTO updated = core.people.update(ana.id, input);
        assertThat(updated.phone).isEqualTo("+40 256 403 000");
        assertThatThrownBy(() -> core.people.update(ana.id, input)).isInstanceOf(StaleRecordException.class);
        assertThat(core.people.findByExternalId("UPT-1")).map(p -> p.id).contains(ana.id);
    }

    @Test
    void anErasedPersonIsAnonymousAndCannotBeChanged() {
        PersonDTO ana = core.people.create(person("Ana", "Pop"));
        core.jpa.tx(em -> assertThat(core.people.anonymise(ana.id)).isTrue());

        PersonDTO erased = core.people.get(ana.id);
        assertThat(erased.erased).isTrue();
        assertThat(erased.givenName).isNull();
        assertThat(core.people.search(PersonQuery.all(), new PageRequest(0, 5, null, true)).total).isZero();
        PersonInput input = person("Ana", "Pop");
        input.version = erased.version;
        assertThatThrownBy(() -> core.people.update(ana.id, input)).isInstanceOf(ConflictException.class);
    }

    private java.util.List<Long> found(String text) {
        return core.people.search(PersonQuery.text(text), PageRequest.of(0, 50)).items.stream().map(p -> p.id).toList();
    }

    @Test
    void searchMatchesTheBeginningOfEveryWordTypedWithoutDiacritics() {
        PersonInput stefania = person("Ștefania-Maria", "Țăranu");
        stefania.email = "s.taranu@exemplu.ro";
        long s = core.people.create(stefania).id;
        long ion = core.people.create(person("Ion", "Popescu")).id;
        long ioana = core.people.create(person("Ioana", "Popa")).id;
        long maria = core.people.create(person("Maria", "Ionescu")).id;

        // the beginning of a word, not its middle
        assertThat(found("pop")).containsExactlyInAnyOrder(ion, ioana);
        assertThat(found("opescu")).isEmpty();
        // diacritics and case folded, words split at hyphens and dots
        assertThat(found("ȘTEF")).containsExactly(s);
        assertThat(found("maria")).containsExactlyInAnyOrder(s, maria);
        assertThat(found("taranu@exemplu")).containsExactly(s);
        // several words: every one must begin a word of the person, in any order
        assertThat(found("popescu ion")).containsExactly(ion);
        assertThat(found("io pop")).containsExactlyInAnyOrder(ion, ioana);
        assertThat(found("maria tar")).containsExactly(s);
        assertThat(found("maria popa")).isEmpty();
        // ordered by the word matched (ioana < ion < ionescu), each person once though two of its words match
        assertThat(found("io")).containsExactly(ioana, ion, maria);
        assertThat(core.people.search(PersonQuery.text("io"), new PageRequest(0, 1, null, true)).total).isEqualTo(3);
        // nothing to search for: the whole list
        assertThat(found(" - ")).hasSize(4);
    }

    @Test
    void searchFollowsUpdatesDeletionsAndErasures() {
        PersonDTO ana = core.people.create(person("Ana", "Pop"));
        PersonDTO dan = core.people.create(person("Dan", "Pop"));
        PersonDTO eva = core.people.create(person("Eva", "Pop"));
        PersonInput renamed = person("Ana", "Lupu");
        renamed.version = ana.version;
        core.people.update(ana.id, renamed);
        assertThat(found("lupu")).containsExactly(ana.id);
        assertThat(found("pop")).containsExactlyInAnyOrder(dan.id, eva.id);

        core.people.delete(dan.id);
        assertThat(found("dan")).isEmpty();
        core.jpa.tx(em -> core.people.anonymise(eva.id));
        assertThat(found("eva")).isEmpty();
        assertThat(found("pop")).isEmpty();
        assertThat(core.jpa.txExpr(em -> em.createNativeQuery(
                "SELECT COUNT(*) FROM CORE_SEARCH_TERM WHERE ENTITY_ID IN (?, ?)").setParameter(1, dan.id)
                .setParameter(2, eva.id).getSingleResult()).toString()).isEqualTo("0");
    }

    @Test
    void searchPagesByKeyThroughEveryMatchOnce() {
        java.util.Set<Long> created = new java.util.HashSet<>();
        for (int i = 0; i < 23; i++) {
            created.add(core.people.create(person("Ion" + (i % 4), "Pop")).id);
        }
        core.people.create(person("Dan", "Lupu"));
        java.util.List<Long> seen = new java.util.ArrayList<>();
        PageRequest request = PageRequest.of(0, 5);
        while (true) {
            var page = core.people.search(PersonQuery.text("ion pop"), request);
            page.items.forEach(p -> seen.add(p.id));
            if (!page.hasMore) {
                break;
            }
            request = new PageRequest(0, 5, page.next, false);
        }
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(new java.util.HashSet<>(seen)).isEqualTo(created);
    }
}
