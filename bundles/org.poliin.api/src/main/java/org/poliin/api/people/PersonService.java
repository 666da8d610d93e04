package org.poliin.api.people;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;

/**
 * The people of the programme. Modules keep a person's id and ask this service for the person;
 * they never copy names or contact details into their own tables.
 *
 * <p>Every change is written to the audit log. Calls join the caller's transaction when there is one.
 */
@ProviderType
public interface PersonService {

    PersonDTO create(PersonInput input);

    /** @throws org.poliin.api.errors.RecordNotFoundException when there is no such person */
    PersonDTO get(long id);

    Optional<PersonDTO> find(long id);

    Optional<PersonDTO> findByExternalId(String externalId);

    /** @throws org.poliin.api.errors.StaleRecordException when {@code input.version} is not the stored version */
    PersonDTO update(long id, PersonInput input);

    Page<PersonDTO> search(PersonQuery query, PageRequest page);

    /**
     * Deletes a person registered by mistake.
     *
     * @throws org.poliin.api.errors.ConflictException when any record refers to the person: their data
     *     is then removed by a privacy erasure, which keeps the anonymous counts
     */
    void delete(long id);
}
