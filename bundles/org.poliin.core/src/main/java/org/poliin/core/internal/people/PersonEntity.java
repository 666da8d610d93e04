package org.poliin.core.internal.people;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.poliin.api.people.PersonDTO;
import org.poliin.core.internal.jpa.SearchText;

@Entity
@Table(name = "CORE_PERSON")
public class PersonEntity {

    @Id
    @SequenceGenerator(name = "CORE_PERSON_SEQ", sequenceName = "CORE_PERSON_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CORE_PERSON_SEQ")
    @Column(name = "ID")
    long id;

    @Column(name = "GIVEN_NAME", length = 100)
    String givenName;

    @Column(name = "FAMILY_NAME", length = 100)
    String familyName;

    @Column(name = "EMAIL", length = 254)
    String email;

    @Column(name = "PHONE", length = 30)
    String phone;

    @Column(name = "BIRTH_DATE")
    LocalDate birthDate;

    @Column(name = "LOCALITY_ID")
    Long localityId;

    @Column(name = "EXTERNAL_ID", length = 64, unique = true)
    String externalId;

    /** When the person's data was erased; null while it is not. */
    @Column(name = "ERASED_AT")
    Instant erasedAt;

    @Column(name = "SEARCH_TEXT", nullable = false, length = 600)
    String searchText;

    /** The key of the list's order: family name, then given name, folded like the search text. */
    @Column(name = "SORT_NAME", nullable = false, length = 210)
    String sortName = "";

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;

    @Version
    @Column(name = "VERSION")
    long version;

    void refreshSearchText() {
        searchText = SearchText.of(givenName, familyName, email, externalId);
        sortName = sortName(familyName, givenName);
    }

    /** The list order of a person (column {@code SORT_NAME}); bulk writers that bypass the entity use it too. */
    public static String sortName(String familyName, String givenName) {
        String name = SearchText.fold(familyName) + " " + SearchText.fold(givenName);
        return name.length() > 210 ? name.substring(0, 210) : name;
    }

    /** Clears every personal field; the record stays so that counts that include the person stay true. */
    void anonymise(Instant at) {
        givenName = null;
        familyName = null;
        email = null;
        phone = null;
        birthDate = null;
        localityId = null;
        externalId = null;
        erasedAt = at;
        searchText = "";
        sortName = " ";
        updatedAt = at;
    }

    PersonDTO toDTO() {
        PersonDTO dto = new PersonDTO();
        dto.id = id;
        dto.givenName = givenName;
        dto.familyName = familyName;
        dto.email = email;
        dto.phone = phone;
        dto.birthDate = birthDate;
        dto.localityId = localityId;
        dto.externalId = externalId;
        dto.erased = erasedAt != null;
        dto.version = version;
        dto.createdAt = createdAt;
        dto.updatedAt = updatedAt;
        return dto;
    }
}
