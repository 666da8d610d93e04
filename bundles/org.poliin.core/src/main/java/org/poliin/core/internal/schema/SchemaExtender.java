package org.poliin.core.internal.schema;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Optional;

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
 */
@Component(immediate = true)
public final class SchemaExtender {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaExtender.class);

    private final BundleContext context;
    private final SchemaMigrator migrator;
    private final SchemaStatuses statuses;
    private final BundleTracker<Tracked> tracker;
    private final Thread opener;

    @Activate
    public SchemaExtender(BundleContext context,
            @Reference(target = "(osgi.jndi.service.name=poliin)") DataSource dataSource,
            @Reference SchemaStatuses statuses) {
        this.context = context;
        this.migrator = new SchemaMigrator(dataSource);
        this.statuses = statuses;
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, new Customizer());
        this.opener = new Thread(tracker::open, "poliin-schema-extender");
        this.opener.start();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        opener.join();
        tracker.close();
    }

    /** A bundle the extender looks after: its schema, and the service announcing it when migrated. */
    private record Tracked(String schema, ServiceRegistration<MigratedSchema> registration) {
    }

    private final class Customizer implements BundleTrackerCustomizer<Tracked> {

        @Override
        public Tracked addingBundle(Bundle bundle, BundleEvent event) {
            Optional<SchemaRequest> request = SchemaRequest.of(bundle, context.getBundle());
            if (request.isEmpty()) {
                return null;
            }
            SchemaRequest schema = request.get();
            try {
                long started = System.nanoTime();
                int applied = migrator.migrate(schema);
                LOG.info("Schema {} of bundle {} is up to date ({} change sets, {} ms)", schema.name(),
                        bundle.getSymbolicName(), applied, (System.nanoTime() - started) / 1_000_000);
                statuses.migrated(schema.name(), bundle.getSymbolicName(), applied);
                return new Tracked(schema.name(), register(schema, applied));
            } catch (Exception e) {
                // The module's components stay unsatisfied: better absent than running on a wrong schema.
                LOG.error("Schema {} of bundle {} could not be migrated; the module will not start", schema.name(),
                        bundle.getSymbolicName(), e);
                statuses.failed(schema.name(), bundle.getSymbolicName(), String.valueOf(e.getMessage()));
                // tracked all the same: when the bundle stops, its failure is no longer the platform's
                return new Tracked(schema.name(), null);
            }
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, Tracked tracked) {
            // STARTING to ACTIVE: nothing changes for the schema.
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, Tracked tracked) {
            statuses.forget(tracked.schema());
            if (tracked.registration() != null) {
                try {
                    tracked.registration().unregister();
                } catch (IllegalStateException alreadyGone) {
                    // unregistered with the framework shutting down
                }
            }
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
