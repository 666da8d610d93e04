package org.poliin.core.internal.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.audit.AuditRecord;
import org.poliin.api.module.ModuleIds;
import org.poliin.api.people.PersonService;
import org.poliin.api.persistence.MigratedSchema;
import org.poliin.api.privacy.ErasureReportDTO;
import org.poliin.api.privacy.PersonalDataExportDTO;
import org.poliin.api.privacy.PrivacyDeclaration;
import org.poliin.api.privacy.PrivacyProvider;
import org.poliin.api.privacy.PrivacyService;
import org.poliin.api.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs privacy requests over every provider present. An erasure is one transaction for all modules
 * (all or nothing) and is written to a ledger; a module absent at the time erases the person when it
 * comes back, so its stored data never outlives the request.
 */
@Component(service = PrivacyService.class)
public final class PlatformPrivacyService implements PrivacyService {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformPrivacyService.class);

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final PersonService people;
    private final CurrentUser currentUser;
    private final List<PrivacyProvider> providers = new CopyOnWriteArrayList<>();
    /** Replays the ledger for a module that comes back, off the thread that registers it. */
    private final ExecutorService replay = Executors.newSingleThreadExecutor(r -> new Thread(r, "poliin-erasure-replay"));
    private final Clock clock = Clock.systemUTC();
    private volatile boolean active;

    @Activate
    public PlatformPrivacyService(@Reference(target = "(osgi.unit.name=poliin-core)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=core)") MigratedSchema schema, @Reference AuditLog audit,
            @Reference PersonService people, @Reference CurrentUser currentUser) {
        this.jpa = jpa;
        this.audit = audit;
        this.people = people;
        this.currentUser = currentUser;
        this.active = true;
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        active = false;
        replay.shutdown();
        replay.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addProvider(PrivacyProvider provider) {
        providers.add(provider);
        if (active) {
            scheduleReplay(provider);
        }
    }

    void removeProvider(PrivacyProvider provider) {
        providers.remove(provider);
    }

    @Override
    public List<PrivacyDeclaration> declarations() {
        return ordered().stream().map(PrivacyProvider::declaration).toList();
    }

    @Override
    public PersonalDataExportDTO export(long personId) {
        people.get(personId);
        return jpa.txExpr(TransactionType.Required, em -> {
            PersonalDataExportDTO export = new PersonalDataExportDTO();
            export.personId = personId;
            export.generatedAt = Instant.now(clock);
            export.modules = new ArrayList<>();
            for (PrivacyProvider provider : ordered()) {
                PersonalDataExportDTO.ModuleData data = new PersonalDataExportDTO.ModuleData();
                data.moduleId = provider.moduleId();
                data.records = provider.export(personId);
                export.modules.add(data);
            }
            audit.record(AuditRecord.of(ModuleIds.CORE, "privacy.export", "person", personId));
            return export;
        });
    }

    @Override
    public ErasureReportDTO erase(long personId) {
        people.get(personId);
        return jpa.txExpr(TransactionType.Required, em -> {
            Instant now = Instant.now(clock);
            ErasureReportDTO report = new ErasureReportDTO();
            report.personId = personId;
            report.erasedAt = now;
            report.modules = new ArrayList<>();
            if (em.find(ErasureEntity.class, personId) == null) {
                ErasureEntity ledger = new ErasureEntity();
                ledger.personId = personId;
                ledger.erasedAt = now;
                ledger.requestedBy = currentUser.name();
                em.persist(ledger);
            }
            // Modules first, the core (which anonymises the person record) last.
            List<PrivacyProvider> ordered = new ArrayList<>(ordered());
            ordered.sort(Comparator.comparing(p -> ModuleIds.CORE.equals(p.moduleId())));
            for (PrivacyProvider provider : ordered) {
                ErasureReportDTO.ModuleOutcome outcome = new ErasureReportDTO.ModuleOutcome();
                outcome.moduleId = provider.moduleId();
                outcome.outcomes = provider.erase(personId);
                report.modules.add(outcome);
                markApplied(em, personId, provider.moduleId(), now);
            }
            audit.record(AuditRecord.of(ModuleIds.CORE, "privacy.erasure", "person", personId));
            return report;
        });
    }

    private List<PrivacyProvider> ordered() {
        List<PrivacyProvider> ordered = new ArrayList<>(providers);
        ordered.sort(Comparator.comparing(PrivacyProvider::moduleId));
        return ordered;
    }

    private static void markApplied(javax.persistence.EntityManager em, long personId, String moduleId, Instant at) {
        if (em.find(ErasureAppliedEntity.class, new ErasureAppliedEntity.Key(personId, moduleId)) == null) {
            ErasureAppliedEntity applied = new ErasureAppliedEntity();
            applied.personId = personId;
            applied.moduleId = moduleId;
            applied.appliedAt = at;
            em.persist(applied);
        }
    }

    private void scheduleReplay(PrivacyProvider provider) {
        replay.execute(() -> replayLedger(provider));
    }

    /** Erases, in a module that was absent, every person erased meanwhile. */
    void replayLedger(PrivacyProvider provider) {
        if (!active) {
            return;
        }
        try {
            List<Long> pending = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                    "SELECT e.personId FROM ErasureEntity e WHERE NOT EXISTS (SELECT a FROM ErasureAppliedEntity a "
                            + "WHERE a.personId = e.personId AND a.moduleId = :moduleId) ORDER BY e.personId", Long.class)
                    .setParameter("moduleId", provider.moduleId()).getResultList());
            for (Long personId : pending) {
                jpa.tx(TransactionType.Required, em -> {
                    provider.erase(personId);
                    markApplied(em, personId, provider.moduleId(), Instant.now(clock));
                    audit.record(AuditRecord.of(ModuleIds.CORE, "privacy.erasure.replay", "person", personId)
                            .withDetail("module=" + provider.moduleId()));
                });
            }
            if (!pending.isEmpty()) {
                LOG.info("Module {} erased the data of {} persons erased while it was absent", provider.moduleId(),
                        pending.size());
            }
        } catch (RuntimeException e) {
            LOG.error("Module {} could not erase the data of persons erased while it was absent; retried when it "
                    + "comes back", provider.moduleId(), e);
        }
    }
}
