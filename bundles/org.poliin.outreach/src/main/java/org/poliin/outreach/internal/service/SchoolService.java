package org.poliin.outreach.internal.service;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.audit.AuditRecord;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.imports.CsvImportService;
import org.poliin.api.imports.CsvImportSpec;
import org.poliin.api.imports.CsvRow;
import org.poliin.api.imports.ImportReport;
import org.poliin.api.imports.RowOutcome;
import org.poliin.api.imports.RowRejectedException;
import org.poliin.api.organisation.LocalityDTO;
import org.poliin.api.organisation.LocalityInput;
import org.poliin.api.organisation.LocalityService;
import org.poliin.api.organisation.LocalityType;
import org.poliin.api.organisation.OrganisationDTO;
import org.poliin.api.organisation.OrganisationInput;
import org.poliin.api.organisation.OrganisationService;
import org.poliin.api.organisation.OrganisationType;
import org.poliin.api.people.PersonService;
import org.poliin.outreach.internal.OutreachModule;
import org.poliin.outreach.internal.SchoolContactDTO;
import org.poliin.outreach.internal.SchoolDTO;
import org.poliin.outreach.internal.persistence.SchoolContactStore;
import org.poliin.outreach.internal.persistence.VisitStore;

/**
 * High schools as outreach sees them. Schools are core organisations of type HIGH_SCHOOL in core
 * localities: the module lists the eligible ones, imports schools into the core, and keeps only its
 * own data about them (visits, contact persons) keyed by the organisation id.
 */
@Component(service = SchoolService.class)
public final class SchoolService {

    /** The columns of the schools CSV; {@code code}, {@code name} and {@code locality_code} are required. */
    public static final List<String> REQUIRED_COLUMNS = List.of("code", "name", "locality_code");
    public static final List<String> OPTIONAL_COLUMNS = List.of("locality_name", "county", "population",
            "locality_type", "address", "email", "phone", "website");

    private final SchoolEligibility eligibility;
    private final OrganisationService organisations;
    private final LocalityService localities;
    private final PersonService people;
    private final CsvImportService imports;
    private final VisitStore visits;
    private final SchoolContactStore contacts;
    private final AuditLog audit;

    @Activate
    public SchoolService(@Reference SchoolEligibility eligibility, @Reference OrganisationService organisations,
            @Reference LocalityService localities, @Reference PersonService people,
            @Reference CsvImportService imports, @Reference VisitStore visits, @Reference SchoolContactStore contacts,
            @Reference AuditLog audit) {
        this.eligibility = eligibility;
        this.organisations = organisations;
        this.localities = localities;
        this.people = people;
        this.imports = imports;
        this.visits = visits;
        this.contacts = contacts;
        this.audit = audit;
    }

    /** The eligible high schools, optionally of one county, by county and name, with their done visits. */
    public Page<SchoolDTO> eligible(String county, PageRequest page) {
        List<OrganisationDTO> all = eligibility.eligibleSchools(county == null || county.isBlank() ? null : county);
        List<OrganisationDTO> slice = all.subList(Math.min(page.offset(), all.size()),
                Math.min(page.offset() + page.size(), all.size()));
        Map<Long, Long> done = visits.doneVisitsBySchool(slice.stream().map(s -> s.id).collect(Collectors.toSet()));
        return Page.of(slice.stream().map(school -> toDTO(school, done.getOrDefault(school.id, 0L))).toList(), page,
                all.size());
    }

    /** One high school, eligible or not; 404 when there is no such high school. */
    public SchoolDTO get(long id) {
        OrganisationDTO school = highSchool(id, "id");
        return toDTO(school, visits.doneVisitsBySchool(Set.of(id)).getOrDefault(id, 0L));
    }

    /** The core organisation {@code id}, which must be a high school; 400 naming {@code field} otherwise. */
    public OrganisationDTO highSchool(long id, String field) {
        OrganisationDTO school = organisations.get(id);
        if (school.type != OrganisationType.HIGH_SCHOOL) {
            throw InvalidInputException.of(field, LocalizedText.of(
                    "organizația " + school.code + " nu este liceu", "organisation " + school.code + " is not a high school"));
        }
        return school;
    }

    public List<SchoolContactDTO> contacts(long schoolId) {
        highSchool(schoolId, "id");
        return contacts.ofSchool(schoolId);
    }

    public SchoolContactDTO addContact(long schoolId, long personId, String position) {
        highSchool(schoolId, "id");
        people.get(personId);
        return contacts.add(schoolId, personId, position);
    }

    public void removeContact(long schoolId, long contactId) {
        contacts.remove(schoolId, contactId);
    }

    /**
     * Imports high schools into the core from CSV (see {@link #REQUIRED_COLUMNS}): a row whose code
     * exists updates that school, so importing the same file twice changes nothing the second time. A
     * locality missing from the core is created when the row gives its name, county and type. Call it
     * outside a transaction: the core's import commits its chunks one by one.
     */
    public ImportReport importCsv(Reader csv) {
        ImportReport report = imports.importCsv(csv, new CsvImportSpec<>(REQUIRED_COLUMNS, OPTIONAL_COLUMNS,
                SchoolService::read, (row, line) -> write(row)));
        audit.record(new AuditRecord("outreach.school.import", "organisation", null, OutreachModule.ID,
                "rows=" + report.rows + ", created=" + report.created + ", updated=" + report.updated + ", unchanged="
                        + report.unchanged + ", problems=" + report.problems.size()));
        return report;
    }

    private static SchoolRow read(CsvRow row) throws RowRejectedException {
        SchoolRow school = new SchoolRow();
        school.code = row.requireText("code");
        school.name = row.requireText("name");
        school.localityCode = row.requireText("locality_code");
        school.localityName = row.text("locality_name").orElse(null);
        school.county = row.text("county").orElse(null);
        school.population = row.integer("population").orElse(null);
        school.localityType = row.text("locality_type").isPresent()
                ? row.requireEnum("locality_type", LocalityType.class) : null;
        school.address = row.text("address").orElse(null);
        school.email = row.text("email").orElse(null);
        school.phone = row.text("phone").orElse(null);
        school.website = row.text("website").orElse(null);
        return school;
    }

    private RowOutcome write(SchoolRow row) throws RowRejectedException {
        Optional<OrganisationDTO> existing = organisations.findByCode(row.code);
        if (existing.isPresent() && existing.get().type != OrganisationType.HIGH_SCHOOL) {
            throw new RowRejectedException("code", LocalizedText.of(
                    "codul " + row.code + " este al unei organizații care nu este liceu (" + existing.get().type + ")",
                    "code " + row.code + " belongs to an organisation that is not a high school (" + existing.get().type
                            + ")"));
        }
        LocalityDTO locality = localities.findByCode(row.localityCode).orElse(null);
        if (locality == null) {
            locality = createLocality(row);
        }
        OrganisationInput input = new OrganisationInput();
        input.code = row.code;
        input.name = row.name;
        input.type = OrganisationType.HIGH_SCHOOL;
        input.localityId = locality.id;
        input.address = row.address;
        input.email = row.email;
        input.phone = row.phone;
        input.website = row.website;
        if (existing.isEmpty()) {
            organisations.create(input);
            return RowOutcome.CREATED;
        }
        OrganisationDTO school = existing.get();
        if (same(school, input)) {
            return RowOutcome.UNCHANGED;
        }
        input.version = school.version;
        organisations.update(school.id, input);
        return RowOutcome.UPDATED;
    }

    private LocalityDTO createLocality(SchoolRow row) throws RowRejectedException {
        if (row.localityName == null || row.county == null || row.localityType == null) {
            throw new RowRejectedException("locality_code", LocalizedText.of(
                    "nu există o localitate cu codul " + row.localityCode
                            + "; completați locality_name, county și locality_type pentru a o crea",
                    "there is no locality with code " + row.localityCode
                            + "; fill in locality_name, county and locality_type to create it"));
        }
        LocalityInput input = new LocalityInput();
        input.code = row.localityCode;
        input.name = row.localityName;
        input.county = row.county;
        input.population = row.population;
        input.type = row.localityType;
        return localities.create(input);
    }

    private static boolean same(OrganisationDTO school, OrganisationInput input) {
        return Objects.equals(school.name, input.name.strip()) && school.localityId == input.localityId
                && Objects.equals(school.address, blankToNull(input.address))
                && Objects.equals(school.email, blankToNull(input.email))
                && Objects.equals(school.phone, blankToNull(input.phone))
                && Objects.equals(school.website, blankToNull(input.website));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private SchoolDTO toDTO(OrganisationDTO school, long visitsDone) {
        SchoolDTO dto = new SchoolDTO();
        dto.id = school.id;
        dto.code = school.code;
        dto.name = school.name;
        dto.localityId = school.localityId;
        if (school.locality != null) {
            dto.localityName = school.locality.name;
            dto.county = school.locality.county;
            dto.population = school.locality.population;
            dto.localityType = school.locality.type;
        }
        dto.eligible = eligibility.isEligible(school);
        dto.eligibility = eligibility.reason(school);
        dto.visitsDone = visitsDone;
        return dto;
    }
}
