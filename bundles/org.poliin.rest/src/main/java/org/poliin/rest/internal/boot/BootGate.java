package org.poliin.rest.internal.boot;

import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.felix.hc.api.Result;
import org.apache.felix.hc.api.execution.HealthCheckExecutionOptions;
import org.apache.felix.hc.api.execution.HealthCheckExecutionResult;
import org.apache.felix.hc.api.execution.HealthCheckExecutor;
import org.apache.felix.hc.api.execution.HealthCheckSelector;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.poliin.api.module.ModuleRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the platform application back until the boot has brought every resource it will bring, then
 * registers {@link BootCompleted}, which the application ({@code PlatformApplication}) requires.
 *
 * <p>Why: the Aries JAX-RS whiteboard (2.0.2) builds a CXF endpoint for an application as soon as the
 * application service is registered, and rebuilds the whole endpoint for each resource or extension that
 * joins it afterwards, even while the application is not yet served for want of an extension. At boot
 * the core's and the modules' resources arrive one by one, after their schemas are migrated, so the
 * application was rebuilt once per resource (34 times with the three modules). Resources and extensions
 * already registered when the application appears are taken in with it, in one build.
 *
 * <p>The boot is over when Karaf has installed its boot features ({@code BootFinished}) and no schema
 * is waiting to be migrated (the {@code schemas} health check is no longer "temporarily unavailable":
 * migrated, or failed — a failed module must not keep the API down). The schema extender registers a
 * module's {@code MigratedSchema} before it reports the schema migrated, and the module's resources come
 * up on that thread, so by then they are registered. The condition must hold on two polls in a row: the
 * extender reports the core migrated a moment before it looks at the modules' bundles. Outside Karaf
 * (no {@code BootFinished} ever) the gate opens after {@link #MAX_WAIT_MILLIS}.
 *
 * <p>The gate opens once per activation: modules installed later join the served application (one
 * re-publication per resource, as the whiteboard does). Until it opens, {@code /health} says DOWN (the
 * application is not served), as it did while the resources were arriving.
 */
@Component(immediate = true, reference = @Reference(name = BootGate.EXECUTOR, service = HealthCheckExecutor.class,
        cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC))
public final class BootGate {

    static final String EXECUTOR = "executor";
    static final String BOOT_FINISHED = "org.apache.karaf.features.BootFinished";
    static final String SCHEMAS_CHECK = "schemas";
    static final long POLL_MILLIS = 100;
    static final long MAX_WAIT_MILLIS = 600_000;

    private static final Logger LOG = LoggerFactory.getLogger(BootGate.class);

    /**
     * Held from the moment the core registers it, so that it is activated then, before any module's
     * indicator and privacy providers exist, and binds them one by one as they come. Its greedy
     * references to the modules' providers and the providers' own references to the core's services form
     * a cycle: activated only when the application is published, with every module already there, it
     * met that cycle and dropped providers (the funder report lost the vouchers and counselling
     * indicators). Before the gate, the first resource to arrive activated it early the same way.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModuleRegistry modules;

    private final ComponentContext context;
    private final ScheduledExecutorService poller;
    private final BootCondition condition;
    private final long started = System.nanoTime();
    private ServiceRegistration<BootCompleted> registration;
    private boolean closed;

    @Activate
    public BootGate(ComponentContext context) {
        this.context = context;
        this.condition = new BootCondition(2);
        this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "poliin-boot-gate");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::poll, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void deactivate() {
        poller.shutdownNow();
        synchronized (this) {
            closed = true;
            if (registration != null) {
                try {
                    registration.unregister();
                } catch (IllegalStateException alreadyGone) {
                    // the bundle is stopping
                }
                registration = null;
            }
        }
    }

    private void poll() {
        try {
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            boolean timedOut = waited >= MAX_WAIT_MILLIS;
            if (condition.observe(bootFinished(context.getBundleContext()), schemasSettled()) || timedOut) {
                open(waited, timedOut);
            }
        } catch (RuntimeException e) {
            LOG.debug("Boot gate poll failed; trying again", e);
        }
    }

    private synchronized void open(long waited, boolean timedOut) {
        if (closed || registration != null) {
            return;
        }
        registration = context.getBundleContext().registerService(BootCompleted.class, new BootCompleted(),
                new Hashtable<>());
        if (timedOut) {
            LOG.warn("The boot did not finish within {} ms (no BootFinished, or a schema still waiting): the API "
                    + "is served all the same", waited);
        } else {
            LOG.info("Boot finished and every schema settled after {} ms: the API is published once, with every "
                    + "resource of the boot", waited);
        }
        poller.shutdown();
    }

    static boolean bootFinished(BundleContext bundleContext) {
        try {
            return bundleContext.getServiceReferences(BOOT_FINISHED, null) != null;
        } catch (InvalidSyntaxException | IllegalStateException e) {
            return false;
        }
    }

    /** True once the {@code schemas} check exists and no schema is waiting (migrated or failed). */
    private boolean schemasSettled() {
        HealthCheckExecutor executor = (HealthCheckExecutor) context.locateService(EXECUTOR);
        if (executor == null) {
            return false;
        }
        List<HealthCheckExecutionResult> results = executor.execute(HealthCheckSelector.names(SCHEMAS_CHECK),
                new HealthCheckExecutionOptions().setForceInstantExecution(true));
        return settled(results.stream().map(result -> result.getHealthCheckResult() == null ? null
                : result.getHealthCheckResult().getStatus()).toList());
    }

    /** The statuses of the {@code schemas} check: none yet (the core is not up) is not settled. */
    static boolean settled(List<Result.Status> statuses) {
        return !statuses.isEmpty() && statuses.stream()
                .allMatch(status -> status != null && status != Result.Status.TEMPORARILY_UNAVAILABLE);
    }

}
