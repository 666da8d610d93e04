package org.poliin.core.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.demo.DemoDataSet;
import org.poliin.api.imports.ImportReport;
import org.poliin.api.module.ModuleIds;
import org.poliin.api.organisation.LocalityService;
import org.poliin.api.organisation.OrganisationService;

/**
 * The core's demo data: localities of Timiș county and high schools in them, enough for the modules'
 * demo data to refer to. Loaded through the same CSV import a university uses.
 */
@Component(property = "poliin.module.id=core")
public final class CoreDemoData implements DemoDataSet {

    private final LocalityService localities;
    private final OrganisationService organisations;

    @Activate
    public CoreDemoData(@Reference LocalityService localities, @Reference OrganisationService organisations) {
        this.localities = localities;
        this.organisations = organisations;
    }

    @Override
    public String moduleId() {
        return ModuleIds.CORE;
    }

    @Override
    public void load() {
        check("localities", localities.importCsv(resource("demo/localities.csv")));
        check("organisations", organisations.importCsv(resource("demo/organisations.csv")));
    }

    private static void check(String what, ImportReport report) {
        if (!report.problems.isEmpty()) {
            throw new IllegalStateException("The demo " + what + " have faulty rows: " + report.problems);
        }
    }

    private Reader resource(String path) {
        InputStream in = getClass().getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing demo resource " + path));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
