package org.poliin.core.internal.shell;

import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.poliin.core.internal.demo.VolumeGenerator;

/**
 * {@code poliin:generate-data}: fills the database at a university's real size for measurements. It
 * refuses to run unless the demo switch is on or {@code --yes} is given: generated rows cannot be told
 * apart from real ones by the platform, so they must never reach a production database by accident.
 */
@Command(scope = "poliin", name = "generate-data",
        description = "Tops up every table of the core and of the present modules to the given sizes with generated,"
                + " realistic data (only with the demo switch on, or with --yes)")
@Service
public class GenerateVolumeCommand implements Action {

    @Option(name = "--rows", description = "Rows in every list table (default 100000)")
    int rows = VolumeGenerator.DEFAULT_ROWS;

    @Option(name = "--large-rows", description = "Rows in the audit log and in the event participants (default 1000000)")
    int largeRows = VolumeGenerator.DEFAULT_LARGE_ROWS;

    @Option(name = "--yes", description = "Generate even though the demo switch (etc/org.poliin.demo.cfg enabled=true)"
            + " is off: never on a production database")
    boolean yes;

    @Reference
    VolumeGenerator generator;

    @Override
    public Object execute() {
        if (rows < 1 || largeRows < 1) {
            System.err.println("--rows and --large-rows must be positive numbers");
            return null;
        }
        if (!generator.demoEnabled() && !yes) {
            System.err.println("The demo switch is off (etc/org.poliin.demo.cfg enabled=true): generated data must never"
                    + " reach a production database. Give --yes to generate anyway.");
            return null;
        }
        System.out.printf(Locale.ROOT, "Generating up to %d rows per table and %d audit entries and event participants"
                + " (modules: %s)%n", rows, largeRows, String.join(", ", generator.modules()));
        long start = System.nanoTime();
        List<VolumeGenerator.Step> steps = generator.generate(rows, largeRows,
                step -> System.out.printf(Locale.ROOT, "%-12s %-28s %,10d rows created %,9d ms%n", step.module(),
                        step.table(), step.created(), step.took().toMillis()));
        long total = steps.stream().mapToLong(VolumeGenerator.Step::created).sum();
        System.out.printf(Locale.ROOT, "Done: %,d rows created in %,d ms%n", total, (System.nanoTime() - start) / 1_000_000);
        return null;
    }
}
