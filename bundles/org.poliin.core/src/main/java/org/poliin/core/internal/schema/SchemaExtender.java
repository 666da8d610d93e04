package org.poliin.core.internal.schema;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.poliin.api.persistence.MigratedSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrates the schema of every bundle that carries {@code @ManagedSchema} as it starts, then registers
 * a {@link MigratedSchema} service for it; the service goes away when the bundle stops. Tables are
 * never dropped: a removed module's data waits in the database for its return.
 *
 * <p>Migration runs on the thread that starts the bundle, before its components are activated
 * (tracking starts at {@code STARTING}), so {@code feature:install} returns on a migrated schema. The
 * bundles already started when the extender comes up (the core itself, at boot) are migrated on a
 * thread of the extender's own, so that its activation never holds other components waiting.
 *
 * <p>Migrations run one at a time, the core's first: at boot the bundles of several modules start
 * while the core's schema is still being created, and Liquibase's own lock table cannot guard the
 * creation of its tables, nor can a module's foreign keys refer to core tables not created yet.
 */
@Component(immediate = true)
public final class SchemaExtender {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaExtender.class);
    private static final long CORE_WAIT_MINUTES = 5;

    private final BundleContext context;
    private final SchemaMigrator migrator;
    private final SchemaStatuses statuses;
    private final BundleTracker<Tracked> tracker;
    private final Thread opener;
    /** Opened once the core's schema has been migrated (or has failed): modules wait for it. */
    private final CountDownLatch coreMigrated = new CountDownLatch(1);
    /** Held while Liquibase runs: one migration at a time. */
    private final Object migrating = new Object();
    private volatile Tracked core;

    @Activate
    public SchemaExtender(BundleContext context,
            @Reference(target = "(osgi.jndi.service.name=poliin)") DataSource dataSource,
            @Reference SchemaStatuses statuses) {
        this.context = context;
        this.migrator = new SchemaMigrator(dataSource);
        this.statuses = statuses;
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, new Customizer());
        // Known at once as pending, so that the platform is not reported ready before they are migrated.
        for (Bundle bundle : context.getBundles()) {
            if ((bundle.getState() & (Bundle.STARTING | Bundle.ACTIVE)) != 0) {
                SchemaRequest.of(bundle, context.getBundle())
                        .ifPresent(schema -> statuses.pending(schema.name(), bundle.getSymbolicName()));
            }
        }
        this.opener = new Thread(this::migrateCoreThenTrack, "poliin-schema-extender");
        this.opener.start();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        opener.join();
        tracker.close();
        Tracked own = core;
        if (own != null) {
            forget(own);
        }
    }

    private void migrateCoreThenTrack() {
        try {
            core = SchemaRequest.of(context.getBundle(), context.getBundle()).map(this::migrate).orElse(null);
        } finally {
            coreMigrated.countDown();
        }
        tracker.open();
    }

    /** Migrates one bundle's schema, then announces it; a failure leaves the bundle's components unsatisfied. */
    private Tracked migrate(SchemaRequest schema) {
        Bundle bundle = schema.bundle();
        try {
            long started = System.nanoTime();
            int applied;
            synchronized (migrating) {
                applied = migrator.migrate(schema);
            }
            LOG.info("Schema {} of bundle {} is up to date ({} change sets, {} ms)", schema.name(),
                    bundle.getSymbolicName(), applied, (System.nanoTime() - started) / 1_000_000);
            // announced before it is reported migrated: the module's components (and their REST
            // resources) come up on this thread as it is registered, so ready means ready
            ServiceRegistration<MigratedSchema> registration = register(schema, applied);
            statuses.migrated(schema.name(), bundle.getSymbolicName(), applied);
            return new Tracked(schema.name(), registration);
        } catch (Exception e) {
            // The module's components stay unsatisfied: better absent than running on a wrong schema.
            LOG.error("Schema {} of bundle {} could not be migrated; the module will not start", schema.name(),
                    bundle.getSymbolicName(), e);
            statuses.failed(schema.name(), bundle.getSymbolicName(), String.valueOf(e.getMessage()));
            // tracked all the same: when the bundle stops, its failure is no longer the platform's
            return new Tracked(schema.name(), null);
        }
    }

    private void forget(Tracked tracked) {
        statuses.forget(tracked.schema());
        if (tracked.registration() != null) {
            try {
                tracked.registration().unregister();
            } catch (IllegalStateException alreadyGone) {
                // unregistered with the framework shutting down
            }
        }
    }

    /** A bundle the extender looks after: its schema, and the service announcing it when migrated. */
    private record Tracked(String schema, ServiceRegistration<MigratedSchema> registration) {
    }

    private final class Customizer implements BundleTrackerCustomizer<Tracked> {

        @Override
        public Tracked addingBundle(Bundle bundle, BundleEvent event) {
            if (bundle.equals(context.getBundle())) {
                return null; // the core's own schema was migrated before tracking began
            }
            Optional<SchemaRequest> request = SchemaRequest.of(bundle, context.getBundle());
            if (request.isEmpty()) {
                return null;
            }
            SchemaRequest schema = request.get();
            statuses.pending(schema.name(), bundle.getSymbolicName());
            try {
                if (!coreMigrated.await(CORE_WAIT_MINUTES, TimeUnit.MINUTES)) {
                    return failed(schema, "the core schema was not migrated within " + CORE_WAIT_MINUTES + " minutes");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed(schema, "interrupted while waiting for the core schema");
            }
            return migrate(schema);
        }

        private Tracked failed(SchemaRequest schema, String why) {
            LOG.error("Schema {} of bundle {} could not be migrated: {}", schema.name(),
                    schema.bundle().getSymbolicName(), why);
            statuses.failed(schema.name(), schema.bundle().getSymbolicName(), why);
            return new Tracked(schema.name(), null);
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, Tracked tracked) {
            // STARTING to ACTIVE: nothing changes for the schema.
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, Tracked tracked) {
            forget(tracked);
        }
    }

    private ServiceRegistration<MigratedSchema> register(SchemaRequest schema, int applied) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(MigratedSchema.NAME_PROPERTY, schema.name());
        properties.put("poliin.schema.bundle", schema.bundle().getSymbolicName());
        properties.put("poliin.schema.changesets", applied);
        return context.registerService(MigratedSchema.class, new Migrated(schema.name(), applied), properties);
    }

    private record Migrated(String name, int appliedChangeSets) implements MigratedSchema {
    }
}
