package org.poliin.api.organisation;

import java.io.Reader;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.imports.ImportReport;

/** Organisations, each in a locality. */
@ProviderType
public interface OrganisationService {

    OrganisationDTO create(OrganisationInput input);

    OrganisationDTO get(long id);

    Optional<OrganisationDTO> findByCode(String code);

    OrganisationDTO update(long id, OrganisationInput input);

    Page<OrganisationDTO> search(OrganisationQuery query, PageRequest page);

    /** @throws org.poliin.api.errors.ConflictException while an event or a module's record refers to it */
    void delete(long id);

    /**
     * Imports organisations from CSV with the header
     * {@code code,name,type,locality_code,address,email,phone,website} (the last four optional);
     * a row whose code exists updates that organisation.
     */
    ImportReport importCsv(Reader csv);
}
