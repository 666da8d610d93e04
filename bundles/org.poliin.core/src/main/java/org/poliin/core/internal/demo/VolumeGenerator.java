package org.poliin.core.internal.demo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.poliin.api.demo.VolumeDataSet;
import org.poliin.api.persistence.MigratedSchema;
import org.poliin.core.internal.jpa.SearchTerms;
import org.poliin.core.internal.jpa.SearchText;
import org.poliin.core.internal.people.PersonEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the database at a university's real size for measurements: the core's tables, then every
 * module's {@link VolumeDataSet}, then the event participants over the events the modules made. Each
 * table is topped up to the asked size, so running it again adds only what is missing.
 */
@Component(service = VolumeGenerator.class, configurationPid = DemoDataLoader.PID)
public final class VolumeGenerator {

    /** The default size of every list table. */
    public static final int DEFAULT_ROWS = 100_000;
    /** The default size of the audit log and of the event participants. */
    public static final int DEFAULT_LARGE_ROWS = 1_000_000;
    /** The seed of the generated values: the same sizes give the same data. */
    public static final long SEED = 20_231_001L;

    private static final Logger LOG = LoggerFactory.getLogger(VolumeGenerator.class);

    private static final String[][] ORGANISATION_TYPES = { { "HIGH_SCHOOL", "50" }, { "SCHOOL", "15" },
            { "UNIVERSITY", "5" }, { "PUBLIC_INSTITUTION", "10" }, { "NGO", "8" }, { "COMPANY", "7" },
            { "CULTURAL_VENUE", "5" } };
    private static final String[] AUDIT_ACTIONS = { "person.read", "person.update", "person.create",
            "organisation.read", "event.update", "locality.read" };

    private final DataSource dataSource;
    private final javax.transaction.TransactionManager transactions;
    private final boolean demo;
    private final List<VolumeDataSet> sets = new CopyOnWriteArrayList<>();

    @Activate
    public VolumeGenerator(@Reference(target = "(osgi.jndi.service.name=poliin)") DataSource dataSource,
            @Reference javax.transaction.TransactionManager transactions,
            @Reference(target = "(poliin.schema=core)") MigratedSchema schema, DemoConfiguration demo) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.demo = demo.enabled();
    }

    /** Whether the demo switch is on ({@code enabled = true} in {@code etc/org.poliin.demo.cfg}). */
    public boolean demoEnabled() {
        return demo;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSet(VolumeDataSet set) {
        sets.add(set);
    }

    void removeSet(VolumeDataSet set) {
        sets.remove(set);
    }

    /**
     * What one step created.
     *
     * @param module the module whose tables were filled
     * @param table the table
     * @param created rows created by this run
     * @param took how long the step took (a module's whole data set for module tables)
     */
    public record Step(String module, String table, long created, Duration took) {
    }

    /** Tops every table up to the given sizes; reports each step to {@code progress} as it ends. */
    public List<Step> generate(int rows, int largeRows, Consumer<Step> progress) {
        if (rows < 1 || largeRows < 1) {
            throw new IllegalArgumentException("rows and large rows must be positive");
        }
        JdbcVolumeContext context = new JdbcVolumeContext(dataSource, transactions, rows, largeRows, SEED);
        List<Step> steps = new ArrayList<>();
        Consumer<Step> record = step -> {
            steps.add(step);
            LOG.info("Generated {} rows in {} ({} ms)", step.created(), step.table(), step.took().toMillis());
            progress.accept(step);
        };
        step(record, "CORE_LOCALITY", () -> localities(context));
        step(record, "CORE_ORGANISATION", () -> organisations(context));
        step(record, "CORE_PERSON", () -> people(context));
        step(record, "CORE_MAIL_OUTBOX", () -> outbox(context));
        for (VolumeDataSet set : sets) {
            long start = System.nanoTime();
            Map<String, Long> created = set.generate(context);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            created.forEach((table, count) -> record.accept(new Step(set.moduleId(), table, count, took)));
        }
        step(record, "CORE_EVENT_PARTICIPANT", () -> participants(context));
        step(record, "CORE_AUDIT_ENTRY", () -> audit(context));
        return steps;
    }

    /** The module ids of the data sets present now. */
    public List<String> modules() {
        return sets.stream().map(VolumeDataSet::moduleId).toList();
    }

    private static void step(Consumer<Step> record, String table, java.util.function.LongSupplier work) {
        long start = System.nanoTime();
        long created = work.getAsLong();
        record.accept(new Step("core", table, created, Duration.ofNanos(System.nanoTime() - start)));
    }

    static long localities(JdbcVolumeContext context) {
        int missing = missing(context, "CORE_LOCALITY", context.rows());
        long[] ids = context.ids("CORE_LOCALITY_SEQ", missing);
        var random = context.random();
        String[] searchTexts = new String[missing];
        return context.insert("INSERT INTO CORE_LOCALITY (ID, CODE, NAME, COUNTY, COUNTY_KEY, POPULATION, LOCALITY_TYPE,"
                + " SEARCH_TEXT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)", missing, (statement, i) -> {
                    String code = "GL" + ids[i];
                    String name = VolumeNames.pick(VolumeNames.PLACE_STEMS, random) + " "
                            + VolumeNames.pick(VolumeNames.PLACE_TAILS, random);
                    String county = VolumeNames.pick(VolumeNames.COUNTIES, random);
                    boolean rural = random.nextInt(100) < 70;
                    statement.setLong(1, ids[i]);
                    statement.setString(2, code);
                    statement.setString(3, name);
                    statement.setString(4, county);
                    statement.setString(5, SearchText.fold(county));
                    statement.setInt(6, rural ? 300 + random.nextInt(9_700) : 10_000 + random.nextInt(300_000));
                    statement.setString(7, rural ? "RURAL" : "URBAN");
                    searchTexts[i] = SearchText.of(name, code, county);
                    statement.setString(8, searchTexts[i]);
                }, SearchTerms.LOCALITY, ids, searchTexts);
    }

    static long organisations(JdbcVolumeContext context) {
        int missing = missing(context, "CORE_ORGANISATION", context.rows());
        long[] localities = context.localities();
        if (missing == 0 || localities.length == 0) {
            return 0;
        }
        long[] ids = context.ids("CORE_ORGANISATION_SEQ", missing);
        var random = context.random();
        String[] searchTexts = new String[missing];
        return context.insert("INSERT INTO CORE_ORGANISATION (ID, CODE, NAME, ORGANISATION_TYPE, LOCALITY_ID, ADDRESS,"
                + " EMAIL, PHONE, SEARCH_TEXT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", missing,
                (statement, i) -> {
                    String type = organisationType(random.nextInt(100));
                    String code = "GO" + ids[i];
                    String name = organisationName(type, random) + " " + ids[i];
                    statement.setLong(1, ids[i]);
                    statement.setString(2, code);
                    statement.setString(3, name);
                    statement.setString(4, type);
                    statement.setLong(5, localities[random.nextInt(localities.length)]);
                    statement.setString(6, "Str. " + VolumeNames.pick(VolumeNames.PATRONS, random) + " nr. "
                            + (1 + random.nextInt(120)));
                    statement.setString(7, "secretariat." + ids[i] + "@exemplu.ro");
                    statement.setString(8, "07" + (10_000_000 + random.nextInt(89_999_999)));
                    searchTexts[i] = SearchText.of(name, code);
                    statement.setString(9, searchTexts[i]);
                }, SearchTerms.ORGANISATION, ids, searchTexts);
    }

    static long people(JdbcVolumeContext context) {
        int missing = missing(context, "CORE_PERSON", context.rows());
        long[] localities = context.localities();
        long[] ids = context.ids("CORE_PERSON_SEQ", missing);
        var random = context.random();
        String[] searchTexts = new String[missing];
        return context.insert("INSERT INTO CORE_PERSON (ID, GIVEN_NAME, FAMILY_NAME, EMAIL, PHONE, BIRTH_DATE, LOCALITY_ID,"
                + " EXTERNAL_ID, SEARCH_TEXT, CREATED_AT, UPDATED_AT, SORT_NAME, VERSION)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                missing, (statement, i) -> {
                    String given = VolumeNames.pick(VolumeNames.GIVEN, random);
                    String family = VolumeNames.pick(VolumeNames.FAMILY, random);
                    String email = VolumeNames.email(given, family, ids[i]);
                    String external = "GP" + ids[i];
                    Timestamp created = Timestamp.valueOf(context.day().atTime(9, 0));
                    statement.setLong(1, ids[i]);
                    statement.setString(2, given);
                    statement.setString(3, family);
                    statement.setString(4, email);
                    statement.setString(5, "07" + (10_000_000 + random.nextInt(89_999_999)));
                    statement.setObject(6, java.sql.Date.valueOf(LocalDate.of(1995 + random.nextInt(14), 1, 1)
                            .plusDays(random.nextInt(365))));
                    if (localities.length == 0) {
                        statement.setNull(7, java.sql.Types.BIGINT);
                    } else {
                        statement.setLong(7, localities[random.nextInt(localities.length)]);
                    }
                    statement.setString(8, external);
                    searchTexts[i] = SearchText.of(given, family, email, external);
                    statement.setString(9, searchTexts[i]);
                    statement.setTimestamp(10, created);
                    statement.setTimestamp(11, created);
                    statement.setString(12, PersonEntity.sortName(family, given));
                }, SearchTerms.PERSON, ids, searchTexts);
    }

    static long outbox(JdbcVolumeContext context) {
        int missing = missing(context, "CORE_MAIL_OUTBOX", context.rows());
        long[] ids = context.ids("CORE_MAIL_OUTBOX_SEQ", missing);
        var random = context.random();
        // Sent messages only: the delivery job must not try to send generated mail.
        return context.insert("INSERT INTO CORE_MAIL_OUTBOX (ID, MODULE_ID, RECIPIENT, SUBJECT, BODY, STATUS, ATTEMPTS,"
                + " NEXT_ATTEMPT_AT, CREATED_AT, SENT_AT, VERSION) VALUES (?, 'core', ?, ?, ?, 'SENT', 1, ?, ?, ?, 1)",
                missing, (statement, i) -> {
                    Timestamp at = Timestamp.valueOf(context.day().atTime(7 + random.nextInt(12), random.nextInt(60)));
                    statement.setLong(1, ids[i]);
                    statement.setString(2, VolumeNames.email(VolumeNames.pick(VolumeNames.GIVEN, random),
                            VolumeNames.pick(VolumeNames.FAMILY, random), ids[i]));
                    statement.setString(3, "Confirmare înscriere / Registration confirmed");
                    statement.setString(4, "Bună ziua! Înscrierea dumneavoastră a fost înregistrată.\n\n"
                            + "Hello! Your registration has been recorded.");
                    statement.setTimestamp(5, at);
                    statement.setTimestamp(6, at);
                    statement.setTimestamp(7, at);
                });
    }

    /** Participants for the events that have none yet, spread evenly, until the table has the asked size. */
    static long participants(JdbcVolumeContext context) {
        int missing = missing(context, "CORE_EVENT_PARTICIPANT", context.largeRows());
        if (missing == 0) {
            return 0;
        }
        long[] people = context.people();
        long[] events = context.column("SELECT e.ID FROM CORE_EVENT e WHERE NOT EXISTS (SELECT 1 FROM"
                + " CORE_EVENT_PARTICIPANT p WHERE p.EVENT_ID = e.ID) ORDER BY e.ID");
        if (people.length == 0 || events.length == 0) {
            LOG.warn("No event without participants (or no person): no participant generated");
            return 0;
        }
        int perEvent = (int) Math.min(people.length, (missing + events.length - 1) / events.length);
        int count = (int) Math.min(missing, (long) perEvent * events.length);
        long[] ids = context.ids("CORE_EVENT_PARTICIPANT_SEQ", count);
        var random = context.random();
        return context.insert("INSERT INTO CORE_EVENT_PARTICIPANT (ID, EVENT_ID, PERSON_ID, PARTICIPANT_ROLE, ATTENDANCE,"
                + " VERSION) VALUES (?, ?, ?, 'participant', ?, 1)", count, (statement, i) -> {
                    // Round robin over the events; at one event, consecutive people from a start of its own.
                    long event = events[i % events.length];
                    int seat = i / events.length;
                    int start = (int) Math.floorMod(event * 2_654_435_761L, (long) people.length);
                    int roll = random.nextInt(100);
                    statement.setLong(1, ids[i]);
                    statement.setLong(2, event);
                    statement.setLong(3, people[(start + seat) % people.length]);
                    statement.setString(4, roll < 70 ? "PRESENT" : roll < 90 ? "ABSENT" : roll < 95 ? "EXCUSED" : "UNKNOWN");
                });
    }

    static long audit(JdbcVolumeContext context) {
        int missing = missing(context, "CORE_AUDIT_ENTRY", context.largeRows());
        long[] ids = context.ids("CORE_AUDIT_ENTRY_SEQ", missing);
        var random = context.random();
        return context.insert("INSERT INTO CORE_AUDIT_ENTRY (ID, OCCURRED_AT, ACTOR, ACTION, ENTITY_TYPE, ENTITY_ID,"
                + " MODULE_ID, DETAIL) VALUES (?, ?, ?, ?, ?, ?, 'core', ?)", missing, (statement, i) -> {
                    String action = AUDIT_ACTIONS[random.nextInt(AUDIT_ACTIONS.length)];
                    statement.setLong(1, ids[i]);
                    statement.setTimestamp(2, Timestamp.from(context.day().atTime(7 + random.nextInt(12),
                            random.nextInt(60), random.nextInt(60)).toInstant(java.time.ZoneOffset.UTC)));
                    statement.setString(3, VolumeNames.ascii(VolumeNames.pick(VolumeNames.GIVEN, random))
                            .toLowerCase(java.util.Locale.ROOT));
                    statement.setString(4, action);
                    statement.setString(5, action.substring(0, action.indexOf('.')));
                    statement.setString(6, Long.toString(1 + random.nextInt(context.rows())));
                    statement.setString(7, "generated");
                });
    }

    private static int missing(JdbcVolumeContext context, String table, int size) {
        return (int) Math.max(0, size - context.count(table));
    }

    private static String organisationType(int percent) {
        int sum = 0;
        for (String[] type : ORGANISATION_TYPES) {
            sum += Integer.parseInt(type[1]);
            if (percent < sum) {
                return type[0];
            }
        }
        return "OTHER";
    }

    private static String organisationName(String type, java.util.random.RandomGenerator random) {
        String patron = VolumeNames.pick(VolumeNames.PATRONS, random);
        return switch (type) {
            case "HIGH_SCHOOL" -> "Liceul Teoretic „" + patron + "”";
            case "SCHOOL" -> "Școala Gimnazială „" + patron + "”";
            case "UNIVERSITY" -> "Universitatea „" + patron + "”";
            case "PUBLIC_INSTITUTION" -> "Primăria " + VolumeNames.pick(VolumeNames.PLACE_STEMS, random);
            case "NGO" -> "Asociația „" + patron + "”";
            case "COMPANY" -> "SC " + VolumeNames.pick(VolumeNames.FAMILY, random) + " SRL";
            default -> "Casa de Cultură „" + patron + "”";
        };
    }

    static Map<String, Long> byTable(List<Step> steps) {
        Map<String, Long> created = new LinkedHashMap<>();
        steps.forEach(step -> created.merge(step.table(), step.created(), Long::sum));
        return created;
    }
}
