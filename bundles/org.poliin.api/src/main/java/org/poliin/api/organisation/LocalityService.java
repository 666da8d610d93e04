package org.poliin.api.organisation;

import java.io.Reader;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.imports.ImportReport;

/** Localities, with their official code, county, population and type. */
@ProviderType
public interface LocalityService {

    LocalityDTO create(LocalityInput input);

    LocalityDTO get(long id);

    Optional<LocalityDTO> findByCode(String code);

    LocalityDTO update(long id, LocalityInput input);

    Page<LocalityDTO> search(LocalityQuery query, PageRequest page);

    /** @throws org.poliin.api.errors.ConflictException while an organisation, person or event refers to it */
    void delete(long id);

    /**
     * Imports localities from CSV with the header {@code code,name,county,population,type}; a row whose
     * code exists updates that locality. Importing the same file twice changes nothing the second time.
     */
    ImportReport importCsv(Reader csv);
}
