package org.poliin.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Derby did to run one statement: its runtime statistics (the plan it executed, with the rows
 * each step read), as {@link QueryPlans} captured them. Assert on it to keep a list served by an
 * index:
 *
 * <pre>
 * QueryPlans.explain(jpa, em -&gt; query(em)).assertNoTableScan("CORE_LOCALITY").assertNoSort();
 * </pre>
 *
 * The assertions throw {@link AssertionError} with the whole plan in the message, so a failing test
 * shows what Derby did instead.
 */
public final class QueryPlan {

    private static final Pattern SCAN = Pattern.compile("^\\s*(.+?) ResultSet for (\\S+)(.*)$", Pattern.MULTILINE);
    private static final Pattern ROWS_VISITED = Pattern.compile("Number of rows visited\\s*=\\s*(\\d+)");
    private static final Pattern SORT = Pattern.compile("^\\s*Sort ResultSet", Pattern.MULTILINE);

    private final String sql;
    private final String statistics;
    private final int rows;
    private final List<Scan> scans;

    QueryPlan(String sql, String statistics, int rows) {
        this.sql = sql;
        this.statistics = statistics;
        this.rows = rows;
        this.scans = scans(statistics);
    }

    /** One read of a table or of one of its indexes. */
    public record Scan(String kind, String table, String index, long rowsVisited) {

        /** Whether the scan read the table's rows in storage order instead of through an index. */
        public boolean isTableScan() {
            return kind.toLowerCase(Locale.ROOT).contains("table scan");
        }
    }

    /** The SQL statement that ran (as the JDBC driver received it). */
    public String sql() {
        return sql;
    }

    /** Derby's runtime statistics of the statement, as text. */
    public String statistics() {
        return statistics;
    }

    /** How many rows the statement returned to the caller (-1 when {@link QueryPlans#during} captured it). */
    public int rows() {
        return rows;
    }

    /** Every table and index read, in the order of the plan. */
    public List<Scan> scans() {
        return scans;
    }

    /** Whether the plan sorts rows (for an ORDER BY, a DISTINCT or a GROUP BY that no index serves). */
    public boolean sorts() {
        return SORT.matcher(statistics).find();
    }

    /** How many rows the plan visited in {@code table} and its indexes, added over every scan of it. */
    public long rowsVisited(String table) {
        return scans.stream().filter(scan -> scan.table().equalsIgnoreCase(table)).mapToLong(Scan::rowsVisited)
                .sum();
    }

    /** Fails when the plan reads {@code table} by a table scan (every row) instead of through an index. */
    public QueryPlan assertNoTableScan(String table) {
        for (Scan scan : scans) {
            if (scan.table().equalsIgnoreCase(table) && scan.isTableScan()) {
                throw fail("a table scan of " + table);
            }
        }
        return this;
    }

    /** Fails when the plan reads any table by a table scan. */
    public QueryPlan assertNoTableScan() {
        for (Scan scan : scans) {
            if (scan.isTableScan()) {
                throw fail("a table scan of " + scan.table());
            }
        }
        return this;
    }

    /** Fails when the plan sorts: the order must come from an index, so that a page stops early. */
    public QueryPlan assertNoSort() {
        if (sorts()) {
            throw fail("a sort");
        }
        return this;
    }

    /** Fails unless the plan reads {@code table} through the index (or constraint) named {@code index}. */
    public QueryPlan assertUsesIndex(String table, String index) {
        for (Scan scan : scans) {
            if (scan.table().equalsIgnoreCase(table) && index.equalsIgnoreCase(scan.index())) {
                return this;
            }
        }
        throw fail("no read of " + table + " through " + index);
    }

    /**
     * Fails when the plan visited more than {@code limit} rows of {@code table} (in the table and its
     * indexes together): the proof that a page stops early, whatever the table holds.
     */
    public QueryPlan assertRowsVisitedAtMost(String table, long limit) {
        long visited = rowsVisited(table);
        if (visited > limit) {
            throw fail(visited + " rows visited in " + table + " (at most " + limit + " expected)");
        }
        return this;
    }

    private AssertionError fail(String what) {
        return new AssertionError("The plan has " + what + ".\nSQL: " + sql + "\nDerby's plan:\n" + statistics);
    }

    private static List<Scan> scans(String statistics) {
        List<Scan> found = new ArrayList<>();
        Matcher scan = SCAN.matcher(statistics);
        List<int[]> positions = new ArrayList<>();
        List<String[]> heads = new ArrayList<>();
        while (scan.find()) {
            positions.add(new int[] {scan.start(), scan.end()});
            heads.add(new String[] {scan.group(1).trim(), scan.group(2), scan.group(3)});
        }
        for (int i = 0; i < heads.size(); i++) {
            String kind = heads.get(i)[0];
            if (!kind.toLowerCase(Locale.ROOT).contains("scan")) {
                continue;
            }
            int end = i + 1 < positions.size() ? positions.get(i + 1)[0] : statistics.length();
            String block = statistics.substring(positions.get(i)[1], end);
            long visited = 0;
            Matcher rows = ROWS_VISITED.matcher(block);
            if (rows.find()) {
                visited = Long.parseLong(rows.group(1));
            }
            found.add(new Scan(kind, heads.get(i)[1], index(heads.get(i)[2]), visited));
        }
        return List.copyOf(found);
    }

    private static String index(String rest) {
        Matcher using = Pattern.compile("using (?:index|constraint) (\\S+)").matcher(rest);
        return using.find() ? using.group(1) : null;
    }

    @Override
    public String toString() {
        return "QueryPlan[" + sql + "]\n" + statistics;
    }
}
