package org.poliin.core.internal.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.audit.AuditRecord;
import org.poliin.api.demo.DemoDataSet;
import org.poliin.api.module.ModuleIds;
import org.poliin.api.persistence.MigratedSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads demo data sets, each once per version, when {@code demo.enabled=true} is configured
 * (PID {@value #PID}). The component does not exist without that configuration, so a production
 * installation never loads demo data by accident.
 */
@Component(configurationPid = DemoDataLoader.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DemoConfiguration.class)
public final class DemoDataLoader {

    public static final String PID = "org.poliin.demo";

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final boolean enabled;
    private final List<DemoDataSet> sets = new CopyOnWriteArrayList<>();
    /** Loads off the registering thread: a data set may be large. */
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> new Thread(r, "poliin-demo-loader"));
    private final Clock clock = Clock.systemUTC();

    @Activate
    public DemoDataLoader(@Reference(target = "(osgi.unit.name=poliin-core)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=core)") MigratedSchema schema, @Reference AuditLog audit,
            DemoConfiguration configuration) {
        this.jpa = jpa;
        this.audit = audit;
        this.enabled = configuration.enabled();
        if (enabled) {
            LOG.warn("Demo data is switched on ({}): demo data sets will be loaded into this database", PID);
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        loader.shutdown();
        loader.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSet(DemoDataSet set) {
        sets.add(set);
        if (enabled) {
            loader.execute(() -> load(set));
        }
    }

    void removeSet(DemoDataSet set) {
        sets.remove(set);
    }

    private void load(DemoDataSet set) {
        try {
            boolean done = jpa.txExpr(TransactionType.Supports, em -> {
                DemoLoadEntity loaded = em.find(DemoLoadEntity.class, set.moduleId());
                return loaded != null && loaded.version >= set.version();
            });
            if (done) {
                return;
            }
            // Not in one transaction: a data set may import CSV files, whose chunks commit on their own.
            // A set that fails part way is loaded again at the next start, so sets create only what is missing.
            set.load();
            jpa.tx(TransactionType.Required, em -> {
                DemoLoadEntity record = em.find(DemoLoadEntity.class, set.moduleId());
                if (record == null) {
                    record = new DemoLoadEntity();
                    record.moduleId = set.moduleId();
                    em.persist(record);
                }
                record.version = set.version();
                record.loadedAt = Instant.now(clock);
                audit.record(new AuditRecord("demo.load", "module", set.moduleId(), ModuleIds.CORE,
                        "version=" + set.version()));
            });
            LOG.info("Loaded the demo data of module {} (version {})", set.moduleId(), set.version());
        } catch (RuntimeException e) {
            LOG.error("The demo data of module {} could not be loaded", set.moduleId(), e);
        }
    }
}
