package org.poliin.core.internal.organisation;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
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
import org.poliin.api.imports.CsvImportService;
import org.poliin.api.imports.CsvImportSpec;
import org.poliin.api.imports.ImportReport;
import org.poliin.api.imports.RowOutcome;
import org.poliin.api.module.ModuleIds;
import org.poliin.api.organisation.LocalityDTO;
import org.poliin.api.organisation.LocalityInput;
import org.poliin.api.organisation.LocalityQuery;
import org.poliin.api.organisation.LocalityService;
import org.poliin.api.organisation.LocalityType;
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

@Component(service = LocalityService.class)
public final class JpaLocalityService implements LocalityService {

    static final LocalizedText KIND = LocalizedText.of("localitate", "locality");

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final CsvImportService imports;
    private final InputValidator validator;

    @Activate
    public JpaLocalityService(@Reference(target = "(osgi.unit.name=poliin-core)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=core)") MigratedSchema schema, @Reference AuditLog audit,
            @Reference CsvImportService imports, @Reference InputValidator validator) {
        this.jpa = jpa;
        this.audit = audit;
        this.imports = imports;
        this.validator = validator;
    }

    @Override
    public LocalityDTO create(LocalityInput input) {
        validator.check(input);
        return jpa.txExpr(TransactionType.Required, em -> {
            String code = input.code.strip();
            if (byCode(em, code).isPresent()) {
                throw duplicate(code);
            }
            LocalityEntity entity = new LocalityEntity();
            entity.assign(code, input.name.strip(), input.county.strip(), input.population, input.type);
            em.persist(entity);
            em.flush();
            SearchTerms.add(em, SearchTerms.LOCALITY, entity.id, entity.searchText);
            audit.record(AuditRecord.of(ModuleIds.CORE, "locality.create", "locality", entity.id));
            return entity.toDTO();
        });
    }

    @Override
    public LocalityDTO get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> entity(em, id).toDTO());
    }

    @Override
    public Optional<LocalityDTO> findByCode(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> byCode(em, code).map(LocalityEntity::toDTO));
    }

    @Override
    public LocalityDTO update(long id, LocalityInput input) {
        validator.check(input);
        return jpa.txExpr(TransactionType.Required, em -> {
            LocalityEntity entity = entity(em, id);
            Versions.check(KIND, id, input.version, entity.version);
            String code = input.code.strip();
            byCode(em, code).filter(other -> other.id != id).ifPresent(other -> {
                throw duplicate(code);
            });
            if (entity.assign(code, input.name.strip(), input.county.strip(), input.population, input.type)) {
                em.flush();
                SearchTerms.replace(em, SearchTerms.LOCALITY, id, entity.searchText);
                audit.record(AuditRecord.of(ModuleIds.CORE, "locality.update", "locality", id));
            }
            return entity.toDTO();
        });
    }

    /** The list's order: county, name, id (index IX_CORE_LOCALITY_LIST and its per-type twin). */
    public static final Keyset<LocalityEntity> ORDER = Keyset.<LocalityEntity>ascending()
            .text("l.countyKey", l -> l.countyKey).text("l.name", l -> l.name).number("l.id", l -> l.id);

    @Override
    public Page<LocalityDTO> search(LocalityQuery query, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> listing(query).page(em, page)
                .map(LocalityEntity::toDTO));
    }

    /**
     * The list of a query (public for the tests that explain its plan): in the list's order, or, with
     * words to search, in the order of the word matched ({@link org.poliin.core.internal.jpa.TermSearch}).
     */
    public static Listing<LocalityEntity> listing(LocalityQuery query) {
        return Listing.search(LocalityEntity.class, where(query), "l", "LocalityEntity l", ORDER, SearchTerms.LOCALITY, query.text(),
                l -> l.searchText, l -> l.id);
    }

    /** The filters of the list, without the words searched. */
    public static Where where(LocalityQuery query) {
        return new Where()
                .and("l.countyKey = :county", "county", query.county() == null ? null : SearchText.fold(query.county()))
                .and("l.type = :type", "type", query.type())
                .and("l.population < :maxPopulation", "maxPopulation", query.maxPopulation());
    }

    @Override
    public void delete(long id) {
        jpa.tx(TransactionType.Required, em -> {
            Deletion.remove(em, entity(em, id), KIND, id);
            SearchTerms.remove(em, SearchTerms.LOCALITY, id);
            audit.record(AuditRecord.of(ModuleIds.CORE, "locality.delete", "locality", id));
        });
    }

    @Override
    public ImportReport importCsv(Reader csv) {
        // The chunk's existing localities, read with one query per chunk, by code.
        Map<String, LocalityEntity> chunk = new HashMap<>();
        CsvImportSpec<LocalityInput> spec = new CsvImportSpec<>(List.of("code", "name", "county", "type"),
                List.of("population"), row -> {
                    LocalityInput input = new LocalityInput();
                    input.code = row.requireText("code");
                    input.name = row.requireText("name");
                    input.county = row.requireText("county");
                    input.population = row.integer("population").orElse(null);
                    input.type = row.requireEnum("type", LocalityType.class);
                    return input;
                }, (input, row) -> jpa.txExpr(TransactionType.Required, em -> upsert(em, input, chunk)),
                values -> jpa.tx(TransactionType.Required, em -> {
                    chunk.clear();
                    byCodes(em, values.stream().map(input -> input.code).toList())
                            .forEach(entity -> chunk.put(entity.code, entity));
                }));
        ImportReport report = imports.importCsv(csv, spec);
        jpa.tx(TransactionType.Required, em -> audit.record(new AuditRecord("locality.import", "locality", null,
                ModuleIds.CORE, summary(report))));
        return report;
    }

    /** Creates or updates by code; {@code chunk} holds the chunk's existing records and gets the created ones. */
    private static RowOutcome upsert(EntityManager em, LocalityInput input, Map<String, LocalityEntity> chunk) {
        LocalityEntity existing = chunk.get(input.code);
        LocalityEntity entity = existing == null ? new LocalityEntity() : existing;
        boolean changed = entity.assign(input.code, input.name, input.county, input.population, input.type);
        if (existing == null) {
            em.persist(entity); // assigns the id (from the sequence)
            SearchTerms.add(em, SearchTerms.LOCALITY, entity.id, entity.searchText);
            chunk.put(input.code, entity); // a code repeated further down the file updates this one
            return RowOutcome.CREATED;
        }
        if (changed) {
            SearchTerms.replace(em, SearchTerms.LOCALITY, entity.id, entity.searchText);
        }
        return changed ? RowOutcome.UPDATED : RowOutcome.UNCHANGED;
    }

    /** The localities with the given codes, in one query per thousand codes. */
    static List<LocalityEntity> byCodes(EntityManager em, List<String> codes) {
        List<LocalityEntity> found = new ArrayList<>();
        List<String> distinct = codes.stream().distinct().toList();
        for (int start = 0; start < distinct.size(); start += 1_000) {
            found.addAll(em.createQuery("SELECT l FROM LocalityEntity l WHERE l.code IN :codes", LocalityEntity.class)
                    .setParameter("codes", distinct.subList(start, Math.min(distinct.size(), start + 1_000)))
                    .getResultList());
        }
        return found;
    }

    static String summary(ImportReport report) {
        return "rows=" + report.rows + " created=" + report.created + " updated=" + report.updated + " unchanged="
                + report.unchanged + " problems=" + report.problems.size();
    }

    static LocalityEntity entity(EntityManager em, long id) {
        return Records.found(em, LocalityEntity.class, id, KIND);
    }

    static Optional<LocalityEntity> byCode(EntityManager em, String code) {
        return em.createQuery("SELECT l FROM LocalityEntity l WHERE l.code = :code", LocalityEntity.class)
                .setParameter("code", code).getResultList().stream().findFirst();
    }

    private static ConflictException duplicate(String code) {
        return new ConflictException(LocalizedText.of("Există deja o localitate cu codul " + code + ".",
                "A locality with code " + code + " exists already."));
    }
}
