package org.poliin.outreach.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.poliin.api.errors.ConflictException;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.imports.ImportReport;
import org.poliin.api.organisation.LocalityType;
import org.poliin.api.organisation.OrganisationType;
import org.poliin.api.privacy.LegalBasis;

/** The schools CSV import into the core, and the contact persons under the privacy contract. */
class SchoolImportAndPrivacyTest {

    private static final String SCHOOLS = """
            code,name,locality_code,locality_name,county,population,locality_type
            L-1,Liceul Tehnologic Periam,SIR-1,Periam,Timiș,4600,rural
            L-2,Liceul Teoretic Jimbolia,SIR-2,Jimbolia,Timiș,9800,urban
            L-3,Liceul Tehnologic Biled,SIR-1,,,,
            """;

    private final OutreachFixture fixture = new OutreachFixture();
    private final FakeCore core = fixture.core;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void schoolsAndTheirLocalitiesAreImportedIntoTheCoreIdempotentlyByCode() {
        ImportReport first = fixture.schools.importCsv(new StringReader(SCHOOLS));
        assertThat(first.problems).isEmpty();
        assertThat(first.created).isEqualTo(3);
        assertThat(core.organisations.findByCode("L-3").orElseThrow().locality.name).isEqualTo("Periam");
        assertThat(core.organisations.findByCode("L-2").orElseThrow().type).isEqualTo(OrganisationType.HIGH_SCHOOL);
        assertThat(core.localityRecords).hasSize(2);

        ImportReport again = fixture.schools.importCsv(new StringReader(SCHOOLS));
        assertThat(again.unchanged).isEqualTo(3);
        assertThat(again.created + again.updated).isZero();
        assertThat(core.organisationRecords).hasSize(3);

        ImportReport renamed = fixture.schools.importCsv(new StringReader(
                "code,name,locality_code\nL-1,Liceul Tehnologic „Ion Mincu” Periam,SIR-1\n"));
        assertThat(renamed.updated).isEqualTo(1);
        assertThat(core.organisations.findByCode("L-1").orElseThrow().name).contains("Ion Mincu");
        assertThat(fixture.eligibility.eligibleSchools("Timiș")).hasSize(3);
        assertThat(fixture.audit.actions()).contains("outreach.school.import");
    }

    @Test
    void badRowsAreReportedAndTheOthersImported() {
        core.organisation("UNI", OrganisationType.UNIVERSITY, core.locality("X", "Timiș", 1000, LocalityType.URBAN));
        ImportReport report = fixture.schools.importCsv(new StringReader("""
                code,name,locality_code,locality_name,county,population,locality_type,email
                L-1,Liceul Periam,SIR-1,Periam,Timiș,4600,rural,
                L-2,Liceul fără localitate,SIR-404,,,,,
                L 3,Cod greșit,SIR-1,,,,,
                L-4,Liceul Biled,SIR-1,,,,,nu-e-adresă
                UNI,Universitatea,SIR-1,,,,,
                L-6,Liceul X,SIR-9,X,Timiș,mulți,rural,
                """));
        assertThat(report.rows).isEqualTo(6);
        assertThat(report.created).isEqualTo(1);
        assertThat(report.problems).extracting(p -> p.line + ":" + p.field)
                .containsExactly("3:locality_code", "4:code", "5:email", "6:code", "7:population");
        assertThatThrownBy(() -> fixture.schools.importCsv(new StringReader("code,name\nL-1,X\n")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void contactPersonsAreExportedAndErasedThroughThePrivacyContract() {
        long school = core.school("L-1", core.locality("V1", "Timiș", 900, LocalityType.RURAL));
        long director = core.person();
        long other = core.person();
        fixture.schools.addContact(school, director, "director");
        fixture.schools.addContact(school, other, null);
        assertThatThrownBy(() -> fixture.schools.addContact(school, director, "profesor"))
                .isInstanceOf(ConflictException.class);
        assertThat(fixture.schools.contacts(school)).hasSize(2);

        assertThat(fixture.privacy.export(director)).singleElement().satisfies(record -> {
            assertThat(record.entity).isEqualTo("OUTREACH_SCHOOL_CONTACT");
            assertThat(record.data).containsEntry("schoolId", school).containsEntry("position", "director");
        });
        assertThat(fixture.privacy.export(424242)).isEmpty();

        fixture.jpa.tx(em -> assertThat(fixture.privacy.erase(director)).singleElement()
                .satisfies(outcome -> assertThat(outcome.deleted).isEqualTo(1)));
        fixture.jpa.tx(em -> assertThat(fixture.privacy.erase(424242)).singleElement()
                .satisfies(outcome -> assertThat(outcome.deleted).isZero()));
        assertThat(fixture.privacy.export(director)).isEmpty();
        assertThat(fixture.schools.contacts(school)).extracting(c -> c.personId).containsExactly(other);

        assertThat(fixture.privacy.moduleId()).isEqualTo(OutreachModule.ID);
        assertThat(fixture.privacy.declaration().stores).singleElement().satisfies(store -> {
            assertThat(store.entity).isEqualTo("OUTREACH_SCHOOL_CONTACT");
            assertThat(store.legalBasis).isEqualTo(LegalBasis.LEGITIMATE_INTERESTS);
            assertThat(store.fields).extracting(f -> f.name).contains("personId", "position");
        });
    }
}
