package org.poliin.api.people;

import java.time.Instant;
import java.time.LocalDate;

import org.osgi.dto.DTO;

/** A person the programme works with: a pupil, a student, a teacher, a beneficiary. */
public class PersonDTO extends DTO {

    public long id;
    public String givenName;
    public String familyName;
    public String email;
    public String phone;
    public LocalDate birthDate;
    /** The locality the person lives in, by id; null when unknown. */
    public Long localityId;
    /** An identifier the person has elsewhere, such as a student number; unique when set. */
    public String externalId;
    /** Set once the person's data has been erased: the record stays, anonymous, so that counts stay true. */
    public boolean erased;
    /** The version for optimistic locking: send it back unchanged with an update. */
    public long version;
    public Instant createdAt;
    public Instant updatedAt;
}
