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
}
