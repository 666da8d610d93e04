package org.poliin.core.internal.organisation;

import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.audit.AuditRecord;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.errors.ConflictException;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.imports.CsvImportService;
import org.poliin.api.imports.CsvImportSpec;
import org.poliin.api.imports.ImportReport;
import org.poliin.api.imports.RowOutcome;
import org.poliin.api.imports.RowRejectedException;
import org.poliin.api.module.ModuleIds;
import org.poliin.api.organisation.OrganisationDTO;
import org.poliin.api.organisation.OrganisationInput;
import org.poliin.api.organisation.OrganisationQuery;
import org.poliin.api.organisation.OrganisationService;
import org.poliin.api.organisation.OrganisationType;
import org.poliin.api.persistence.MigratedSchema;
import org.poliin.core.internal.jpa.Deletion;
import org.poliin.core.internal.jpa.SearchText;
import org.poliin.core.internal.jpa.Records;
import org.poliin.core.internal.jpa.Versions;
import org.poliin.core.internal.jpa.Keyset;
import org.poliin.core.internal.jpa.Listing;
import org.poliin.core.internal.jpa.SearchTerms;
import org.poliin.core.internal.jpa.Where;
import org.poliin.core.internal.validation.InputValidator;

@Component(service = OrganisationService.class)
public final class JpaOrganisationService implements OrganisationService {

    static final LocalizedText KIND = LocalizedText.of("organizație", "organisation");

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final CsvImportService imports;
    private final InputValidator validator;

    @Activate
    public JpaOrganisationService(@Reference(target = "(osgi.unit.name=poliin-core)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=core)") MigratedSchema schema, @Reference AuditLog audit,
            @Reference CsvImportService imports, @Reference InputValidator validator) {
        this.jpa = jpa;
        this.audit = audit;
        this.imports = imports;
        this.validator = validator;
    }

    @Override
    public OrganisationDTO create(OrganisationInput input) {
        validator.check(input);
        return jpa.txExpr(TransactionType.Required, em -> {
            String code = input.code.strip();
            if (byCode(em, code).isPresent()) {
                throw duplicate(code);
            }
            OrganisationEntity entity = new OrganisationEntity();
            assign(entity, input, locality(em, input.localityId));
            em.persist(entity);
            em.flush();
            SearchTerms.add(em, SearchTerms.ORGANISATION, entity.id, entity.searchText);
            audit.record(AuditRecord.of(ModuleIds.CORE, "organisation.create", "organisation", entity.id));
            return entity.toDTO();
        });
    }

    @Override
    public OrganisationDTO get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> entity(em, id).toDTO());
    }

    @Override
    public Optional<OrganisationDTO> findByCode(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> byCode(em, code).map(OrganisationEntity::toDTO));
    }

    @Override
    public OrganisationDTO update(long id, OrganisationInput input) {
        validator.check(input);
        return jpa.txExpr(TransactionType.Required, em -> {
            OrganisationEntity entity = entity(em, id);
            Versions.check(KIND, id, input.version, entity.version);
            String code = input.code.strip();
            byCode(em, code).filter(other -> other.id != id).ifPresent(other -> {
                throw duplicate(code);
            });
            if (assign(entity, input, locality(em, input.localityId))) {
                em.flush();
                SearchTerms.replace(em, SearchTerms.ORGANISATION, id, entity.searchText);
                audit.record(AuditRecord.of(ModuleIds.CORE, "organisation.update", "organisation", id));
            }
            return entity.toDTO();
        });
    }

    /** The list's order: name, id (index IX_CORE_ORGANISATION_LIST and its per-type twin). */
    public static final Keyset<OrganisationEntity> ORDER = Keyset.<OrganisationEntity>ascending()
            .text("o.name", o -> o.name).number("o.id", o -> o.id);

    @Override
    public Page<OrganisationDTO> search(OrganisationQuery query, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> listing(query).page(em, page)
                .map(OrganisationEntity::toDTO));
    }

    /**
     * The list of a query (public for the tests that explain its plan): in the list's order, or, with
     * words to search, in the order of the word matched ({@link org.poliin.core.internal.jpa.TermSearch}).
     */
    public static Listing<OrganisationEntity> listing(OrganisationQuery query) {
        return Listing.search(OrganisationEntity.class, where(query), "o", "OrganisationEntity o", ORDER, SearchTerms.ORGANISATION, query.text(),
                o -> o.searchText, o -> o.id);
    }

    /** The filters of the list, without the words searched. */
    public static Where where(OrganisationQuery query) {
        // The locality's filters join the locality table: Derby then sorts the matching organisations
        // (an EXISTS subquery is flattened into the same join); see docs/api.md, "Paging".
        return new Where()
                .and("o.type = :type", "type", query.type())
                .and("o.locality.countyKey = :county", "county",
                        query.county() == null ? null : SearchText.fold(query.county()))
                .and("o.locality.type = :localityType", "localityType", query.localityType())
                .and("o.locality.population < :maxPopulation", "maxPopulation", query.maxPopulation());
    }

    @Override
    public void delete(long id) {
        jpa.tx(TransactionType.Required, em -> {
            Deletion.remove(em, entity(em, id), KIND, id);
            SearchTerms.remove(em, SearchTerms.ORGANISATION, id);
            audit.record(AuditRecord.of(ModuleIds.CORE, "organisation.delete", "organisation", id));
        });
    }

    @Override
    public ImportReport importCsv(Reader csv) {
        // Locality ids by code, read once per code for the whole file; the chunk's existing organisations by code.
        Map<String, Long> localityIds = new HashMap<>();
        Map<String, OrganisationEntity> chunk = new HashMap<>();
        CsvImportSpec<OrganisationInput> spec = new CsvImportSpec<>(List.of("code", "name", "type", "locality_code"),
                List.of("address", "email", "phone", "website"), row -> {
                    OrganisationInput input = new OrganisationInput();
                    input.code = row.requireText("code");
                    input.name = row.requireText("name");
                    input.type = row.requireEnum("type", OrganisationType.class);
                    input.address = row.text("address").orElse(null);
                    input.email = row.text("email").orElse(null);
                    input.phone = row.text("phone").orElse(null);
                    input.website = row.text("website").orElse(null);
                    String localityCode = row.requireText("locality_code");
                    input.localityId = localityIds.computeIfAbsent(localityCode, code -> jpa.txExpr(
                            TransactionType.Supports, em -> JpaLocalityService.byCode(em, code).map(l -> l.id).orElse(null)));
                    if (input.localityId == null) {
                        throw new RowRejectedException("locality_code", LocalizedText.of(
                                "nu există o localitate cu codul " + localityCode + " (importați întâi localitățile)",
                                "there is no locality with code " + localityCode + " (import the localities first)"));
                    }
                    return input;
                }, (input, row) -> jpa.txExpr(TransactionType.Required, em -> upsert(em, input, chunk)),
                values -> jpa.tx(TransactionType.Required, em -> {
                    chunk.clear();
                    List<String> codes = values.stream().map(input -> input.code.strip()).distinct().toList();
                    for (int start = 0; start < codes.size(); start += 1_000) {
                        em.createQuery("SELECT o FROM OrganisationEntity o WHERE o.code IN :codes", OrganisationEntity.class)
                                .setParameter("codes", codes.subList(start, Math.min(codes.size(), start + 1_000)))
                                .getResultList().forEach(entity -> chunk.put(entity.code, entity));
                    }
                }));
        ImportReport report = imports.importCsv(csv, spec);
        jpa.tx(TransactionType.Required, em -> audit.record(new AuditRecord("organisation.import", "organisation",
                null, ModuleIds.CORE, JpaLocalityService.summary(report))));
        return report;
    }

    /** Creates or updates by code; {@code chunk} holds the chunk's existing records and gets the created ones. */
    private RowOutcome upsert(EntityManager em, OrganisationInput input, Map<String, OrganisationEntity> chunk) {
        OrganisationEntity existing = chunk.get(input.code.strip());
        OrganisationEntity entity = existing == null ? new OrganisationEntity() : existing;
        boolean changed = assign(entity, input, locality(em, input.localityId));
        if (existing == null) {
            em.persist(entity); // assigns the id (from the sequence)
            SearchTerms.add(em, SearchTerms.ORGANISATION, entity.id, entity.searchText);
            chunk.put(entity.code, entity); // a code repeated further down the file updates this one
            return RowOutcome.CREATED;
        }
        if (changed) {
            SearchTerms.replace(em, SearchTerms.ORGANISATION, entity.id, entity.searchText);
        }
        return changed ? RowOutcome.UPDATED : RowOutcome.UNCHANGED;
    }

    private static boolean assign(OrganisationEntity entity, OrganisationInput input, LocalityEntity locality) {
        String code = input.code.strip();
        String name = input.name.strip();
        boolean changed = !Objects.equals(entity.code, code) || !Objects.equals(entity.name, name)
                || entity.type != input.type || entity.locality == null || entity.locality.id != locality.id
                || !Objects.equals(entity.address, Records.text(input.address))
                || !Objects.equals(entity.email, Records.text(input.email))
                || !Objects.equals(entity.phone, Records.text(input.phone))
                || !Objects.equals(entity.website, Records.text(input.website));
        entity.code = code;
        entity.name = name;
        entity.type = input.type;
        entity.locality = locality;
        entity.address = Records.text(input.address);
        entity.email = Records.text(input.email);
        entity.phone = Records.text(input.phone);
        entity.website = Records.text(input.website);
        entity.searchText = SearchText.of(name, code);
        return changed;
    }


    private static LocalityEntity locality(EntityManager em, Long id) {
        LocalityEntity locality = id == null ? null : em.find(LocalityEntity.class, id);
        if (locality == null) {
            throw InvalidInputException.of("localityId", LocalizedText.of(
                    "nu există o localitate cu identificatorul " + id, "there is no locality with id " + id));
        }
        return locality;
    }

    static OrganisationEntity entity(EntityManager em, long id) {
        return Records.found(em, OrganisationEntity.class, id, KIND);
    }

    private static Optional<OrganisationEntity> byCode(EntityManager em, String code) {
        return em.createQuery("SELECT o FROM OrganisationEntity o WHERE o.code = :code", OrganisationEntity.class)
                .setParameter("code", code).getResultList().stream().findFirst();
    }

    private static ConflictException duplicate(String code) {
        return new ConflictException(LocalizedText.of("Există deja o organizație cu codul " + code + ".",
                "An organisation with code " + code + " exists already."));
    }
}
