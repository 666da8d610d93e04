package org.poliin.outreach.internal;

import java.sql.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.poliin.api.demo.VolumeContext;
import org.poliin.api.demo.VolumeDataSet;
import org.poliin.api.module.PlatformModule;

/**
 * The module's tables at a university's real size ({@code poliin:generate-data}): campaigns (one per
 * hundred visits, per admission year) and school visits, each a core event of type
 * {@value OutreachModule#SCHOOL_VISIT} at a high school with its visit row.
 */
@Component(property = PlatformModule.MODULE_ID_PROPERTY + "=" + OutreachModule.ID)
public final class OutreachVolumeData implements VolumeDataSet {

    static final int[] YEARS = { 2023, 2024, 2025 };

    @Override
    public String moduleId() {
        return OutreachModule.ID;
    }

    @Override
    public Map<String, Long> generate(VolumeContext context) {
        Map<String, Long> created = new LinkedHashMap<>();
        created.put("OUTREACH_CAMPAIGN", campaigns(context));
        created.put("OUTREACH_VISIT", visits(context));
        return created;
    }

    /** A campaign per hundred visits, spread over the years of the visits: at least one a year. */
    private static long campaigns(VolumeContext context) {
        long created = 0;
        int perYear = Math.max(1, context.rows() / 100 / YEARS.length);
        for (int year : YEARS) {
            int missing = Math.max(0, perYear - context.select("SELECT ID FROM OUTREACH_CAMPAIGN WHERE ADMISSION_SESSION = '"
                    + year + "'").length);
            long[] ids = context.ids("OUTREACH_CAMPAIGN_SEQ", missing);
            created += context.insert("INSERT INTO OUTREACH_CAMPAIGN (ID, NAME, DESCRIPTION, STARTS_ON, ENDS_ON,"
                    + " ADMISSION_SESSION, VERSION) VALUES (?, ?, ?, ?, ?, ?, 1)", missing, (statement, i) -> {
                        statement.setLong(1, ids[i]);
                        statement.setString(2, "Caravana „Vino la Politehnică” " + year + " nr. " + ids[i]);
                        statement.setString(3, "Vizite în liceele din mediul rural și din orașele mici");
                        statement.setDate(4, Date.valueOf(year + "-01-01"));
                        statement.setDate(5, Date.valueOf(year + "-12-31"));
                        statement.setString(6, Integer.toString(year));
                    });
        }
        return created;
    }

    private static long visits(VolumeContext context) {
        int missing = (int) Math.max(0, context.rows() - context.count("OUTREACH_VISIT"));
        long[] schools = context.organisations("HIGH_SCHOOL");
        if (missing == 0 || schools.length == 0) {
            return 0;
        }
        // Each visit belongs to a campaign of its year.
        Map<Integer, long[]> campaigns = new LinkedHashMap<>();
        for (int year : YEARS) {
            campaigns.put(year, context.select("SELECT ID FROM OUTREACH_CAMPAIGN WHERE ADMISSION_SESSION = '" + year
                    + "' ORDER BY ID"));
        }
        List<VolumeContext.GeneratedEvent> events = context.events(OutreachModule.ID, OutreachModule.SCHOOL_VISIT,
                "Vizită de informare", schools, missing);
        var random = context.random();
        return context.insert("INSERT INTO OUTREACH_VISIT (EVENT_ID, CAMPAIGN_ID, SCHOOL_ID, VISIT_ON, VISIT_STATUS,"
                + " PUPILS_IX, PUPILS_X, PUPILS_XI, PUPILS_XII, TEACHERS_MET, STAND_USED, VERSION)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", events.size(), (statement, i) -> {
                    VolumeContext.GeneratedEvent event = events.get(i);
                    boolean done = "DONE".equals(event.status());
                    statement.setLong(1, event.id());
                    long[] ofYear = campaigns.get(event.startsAt().getYear());
                    statement.setLong(2, ofYear[random.nextInt(ofYear.length)]);
                    statement.setLong(3, event.organisationId());
                    statement.setDate(4, Date.valueOf(event.startsAt().toLocalDate()));
                    statement.setString(5, event.status());
                    statement.setInt(6, done ? random.nextInt(60) : 0);
                    statement.setInt(7, done ? random.nextInt(60) : 0);
                    statement.setInt(8, done ? random.nextInt(60) : 0);
                    statement.setInt(9, done ? random.nextInt(60) : 0);
                    statement.setInt(10, done ? random.nextInt(6) : 0);
                    statement.setInt(11, done && random.nextInt(3) == 0 ? 1 : 0);
                });
    }
}
