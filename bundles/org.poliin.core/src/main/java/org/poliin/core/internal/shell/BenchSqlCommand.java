package org.poliin.core.internal.shell;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.poliin.api.indicator.FunderReportService;
import org.poliin.api.indicator.ReportPeriod;
import org.poliin.core.internal.demo.SqlBench;
import org.poliin.core.internal.demo.VolumeGenerator;

/**
 * Benchmark only ({@code poliin:bench-sql}): prints the references the benchmark compares the platform
 * with, measured in this JVM over the platform's data source: the funder report's aggregates written
 * by hand in SQL, the platform's own funder report over the same period, and the rate of a raw JDBC
 * batch insert into the localities table (whose rows it deletes again), and optionally the rate of a CSV
 * import of localities through the platform's service.
 */
@Command(scope = "poliin", name = "bench-sql",
        description = "Benchmark references: the funder report's aggregates in hand-written SQL against the platform's"
                + " report, and a raw JDBC batch insert rate into the localities table")
@Service
public class BenchSqlCommand implements Action {

    @Option(name = "--from", description = "First day of the report period (default 2024-01-01)")
    String from = "2024-01-01";

    @Option(name = "--to", description = "Last day of the report period (default 2024-12-31)")
    String to = "2024-12-31";

    @Option(name = "--runs", description = "Runs of each side; the fastest counts (default 3)")
    int runs = 3;

    @Option(name = "--insert-rows", description = "Rows of the raw insert; 0 skips it (default 100000)")
    int insertRows = 100_000;

    @Option(name = "--import-rows", description = "Rows of a CSV import of localities through the platform's service,"
            + " measured like the raw insert (its rows are deleted again); 0 skips it (default 0)")
    int importRows;

    @Option(name = "--yes", description = "Write the insert and import rows even though the demo switch"
            + " (etc/org.poliin.demo.cfg enabled=true) is off")
    boolean yes;

    @Reference
    SqlBench bench;

    @Reference
    VolumeGenerator generator;

    @Reference
    org.poliin.api.organisation.LocalityService localities;

    @Reference
    FunderReportService reports;

    @Override
    public Object execute() {
        ReportPeriod period;
        try {
            period = ReportPeriod.of(LocalDate.parse(from), LocalDate.parse(to));
        } catch (RuntimeException e) {
            System.err.println("--from and --to must be days (yyyy-mm-dd), the first not after the last: " + e.getMessage());
            return null;
        }
        if ((insertRows > 0 || importRows > 0) && !generator.demoEnabled() && !yes) {
            // the insert and the import write rows (deleted again) into the localities table: never by accident
            // on a production database, the same rule as poliin:generate-data
            System.err.println("The demo switch is off (etc/org.poliin.demo.cfg enabled=true): --insert-rows and"
                    + " --import-rows write into the localities table. Give --yes to run them anyway, or 0 to skip them.");
            return null;
        }
        long sql = Long.MAX_VALUE;
        long report = Long.MAX_VALUE;
        List<SqlBench.Timing> last = List.of();
        for (int run = 0; run < Math.max(1, runs); run++) {
            last = bench.report(period.from(), period.to());
            sql = Math.min(sql, last.stream().mapToLong(SqlBench.Timing::nanos).sum());
            long start = System.nanoTime();
            reports.report(period);
            report = Math.min(report, System.nanoTime() - start);
        }
        for (SqlBench.Timing timing : last) {
            System.out.printf(Locale.ROOT, "  %-24s %9.1f ms%s%n", timing.name(), timing.nanos() / 1e6,
                    timing.error() == null ? "" : "  (skipped: " + timing.error() + ")");
        }
        System.out.printf(Locale.ROOT, "report-sql-ms %.1f%n", sql / 1e6);
        System.out.printf(Locale.ROOT, "report-platform-ms %.1f%n", report / 1e6);
        System.out.printf(Locale.ROOT, "report-ratio %.2f%n", (double) report / sql);
        if (insertRows > 0) {
            long took = bench.insertLocalities(insertRows);
            System.out.printf(Locale.ROOT, "jdbc-insert-rows %d%n", insertRows);
            System.out.printf(Locale.ROOT, "jdbc-insert-ms %.1f%n", took / 1e6);
            System.out.printf(Locale.ROOT, "jdbc-insert-rows-per-s %.0f%n", insertRows / (took / 1e9));
        }
        if (importRows > 0) {
            String tag = "I" + Long.toString(System.nanoTime() % 1_000_000, 36) + "-";
            StringBuilder csv = new StringBuilder("code,name,county,population,type\n");
            for (int i = 0; i < importRows; i++) {
                csv.append(tag).append(i).append(",Localitatea ").append(i).append(",Timiș,").append(1_000 + i)
                        .append(",rural\n");
            }
            long start = System.nanoTime();
            org.poliin.api.imports.ImportReport imported = localities.importCsv(new java.io.StringReader(csv.toString()));
            long took = System.nanoTime() - start;
            bench.deleteLocalities(tag);
            System.out.printf(Locale.ROOT, "csv-import-rows %d (created %d, problems %d)%n", importRows, imported.created,
                    imported.problems.size());
            System.out.printf(Locale.ROOT, "csv-import-ms %.1f%n", took / 1e6);
            System.out.printf(Locale.ROOT, "csv-import-rows-per-s %.0f%n", importRows / (took / 1e9));
        }
        return null;
    }
}
