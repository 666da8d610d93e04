package org.poliin.core.internal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.poliin.api.common.PageRequest;
import org.poliin.api.errors.ConflictException;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.errors.StaleRecordException;
import org.poliin.api.imports.ImportReport;
import org.poliin.api.organisation.LocalityDTO;
import org.poliin.api.organisation.LocalityInput;
import org.poliin.api.organisation.LocalityQuery;
import org.poliin.api.organisation.LocalityType;
import org.poliin.api.organisation.OrganisationDTO;
import org.poliin.api.organisation.OrganisationQuery;
import org.poliin.api.organisation.OrganisationType;
import org.poliin.core.internal.CoreFixture;

class LocalityAndOrganisationServiceTest {

    private static final String LOCALITIES = """
            code,name,county,population,type
            155243,Timișoara,Timiș,250849,urban
            156017,Deta,Timiș,"5,963",urban
            158037,Jimbolia,Timiș,10808,URBAN
            159641,Giroc,Timiș,8723,rural
            """;

    private final CoreFixture core = new CoreFixture();

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void importsGoodRowsReportsBadOnesAndIsIdempotent() {
        String csv = LOCALITIES + """
                ,Fără cod,Timiș,100,rural
                999,Satul Nou,Timiș,douăzeci,rural
                998,Orașul Vechi,Timiș,100,metropolis

                """;
        ImportReport first = core.localities.importCsv(new StringReader(csv));

        assertThat(first.rows).isEqualTo(7);
        assertThat(first.created).isEqualTo(4);
        assertThat(first.problems).extracting(p -> p.line, p -> p.field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6L, "code"),
                        org.assertj.core.groups.Tuple.tuple(7L, "population"),
                        org.assertj.core.groups.Tuple.tuple(8L, "type"));
        assertThat(first.problems.get(1).reason.ro).contains("douăzeci");
        assertThat(first.problems.get(1).reason.en).contains("not a whole number");

        ImportReport again = core.localities.importCsv(new StringReader(LOCALITIES));
        assertThat(again.created).isZero();
        assertThat(again.updated).isZero();
        assertThat(again.unchanged).isEqualTo(4);

        LocalityDTO deta = core.localities.findByCode("156017").orElseThrow();
        assertThat(deta.name).isEqualTo("Deta");
        assertThat(deta.population).isEqualTo(5963);
        assertThat(deta.type).isEqualTo(LocalityType.URBAN);
        assertThat(core.audit.actions()).contains("locality.import");
    }

    @Test
    void semicolonSeparatedExportsWithByteOrderMarkImportToo() {
        ImportReport report = core.localities.importCsv(new StringReader(
                "\ufeffCode;Name;County;Population;Type\n155243;Timișoara;Timiș;250849;urban\n"));
        assertThat(report.problems).isEmpty();
        assertThat(report.created).isEqualTo(1);
    }

    @Test
    void aMissingColumnRefusesTheWholeFile() {
        assertThatThrownBy(() -> core.localities.importCsv(new StringReader("code,name\n1,A\n")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).message.en)
                        .contains("county").contains("type"));
    }

    @Test
    void searchesIgnoringDiacriticsAndFiltersByPopulation() {
        core.localities.importCsv(new StringReader(LOCALITIES));

        assertThat(core.localities.search(new LocalityQuery("timisoara", null, null, null), PageRequest.of(0, 10))
                .items).extracting(l -> l.name).containsExactly("Timișoara");
        assertThat(core.localities.search(new LocalityQuery(null, "TIMIS", null, 10_000), PageRequest.of(0, 10))
                .items).extracting(l -> l.name).containsExactly("Deta", "Giroc");
        var page = core.localities.search(LocalityQuery.all(), new PageRequest(1, 3, null, true));
        assertThat(page.total).isEqualTo(4);
        assertThat(page.items).hasSize(1);
    }

    @Test
    void updatesNeedTheCurrentVersion() {
        LocalityInput input = new LocalityInput();
        input.code = "1";
        input.name = "Sat";
        input.county = "Arad";
        input.type = LocalityType.RURAL;
        LocalityDTO created = core.localities.create(input);

        input.name = "Sat Nou";
        input.version = created.version;
        LocalityDTO updated = core.localities.update(created.id, input);
        assertThat(updated.name).isEqualTo("Sat Nou");
        assertThat(updated.version).isGreaterThan(created.version);

        input.version = created.version;
        assertThatThrownBy(() -> core.localities.update(created.id, input)).isInstanceOf(StaleRecordException.class);
        input.version = null;
        assertThatThrownBy(() -> core.localities.update(created.id, input)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> core.localities.create(input)).isInstanceOf(ConflictException.class);
    }

    @Test
    void organisationsImportAgainstKnownLocalities() {
        core.localities.importCsv(new StringReader(LOCALITIES));
        ImportReport report = core.organisations.importCsv(new StringReader("""
                code,name,type,locality_code,email
                TM-0001,Liceul Tehnologic „Sfântul Nicolae”,high-school,156017,secretariat@liceu.ro
                TM-0002,Liceul din nicăieri,high school,000000,
                TM-0003,Liceul fără e-mail valid,high_school,159641,nu-este-email
                TM-0004,Liceul Teoretic Giroc,HIGH_SCHOOL,159641,
                """));

        assertThat(report.created).isEqualTo(2);
        assertThat(report.problems).extracting(p -> p.line, p -> p.field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "locality_code"),
                org.assertj.core.groups.Tuple.tuple(4L, "email"));

        OrganisationDTO school = core.organisations.findByCode("TM-0001").orElseThrow();
        assertThat(school.name).isEqualTo("Liceul Tehnologic „Sfântul Nicolae”");
        assertThat(school.locality.name).isEqualTo("Deta");

        assertThat(core.organisations.search(new OrganisationQuery(null, OrganisationType.HIGH_SCHOOL, "Timiș",
                null, 10_000), PageRequest.of(0, 10)).items).extracting(o -> o.code)
                .containsExactlyInAnyOrder("TM-0001", "TM-0004");
        assertThat(core.organisations.search(new OrganisationQuery("sfantul", null, null, LocalityType.URBAN, null),
                PageRequest.of(0, 10)).items).extracting(o -> o.code).containsExactly("TM-0001");
    }

    @Test
    void aCodeRepeatedInOneFileUpdatesTheRecordRowByRow() {
        ImportReport report = core.localities.importCsv(new StringReader("""
                code,name,county,population,type
                1,Unu,Arad,10,rural
                2,Doi,Arad,10,rural
                2,Doi bis,Arad,10,rural
                3,Trei,Arad,10,rural
                """));
        // The second "2" updates the first within the same import: the file wins row by row.
        assertThat(report.problems).isEmpty();
        assertThat(core.localities.findByCode("2").orElseThrow().name).isEqualTo("Doi bis");
        assertThat(core.localities.search(LocalityQuery.all(), new PageRequest(0, 10, null, true)).total).isEqualTo(3);
        assertThat(report.created).isEqualTo(3);
        assertThat(report.updated).isEqualTo(1);
    }

    @Test
    void aLocalityInUseCannotBeDeletedButAFreeOneCan() {
        core.localities.importCsv(new StringReader(LOCALITIES));
        core.organisations.importCsv(new StringReader("code,name,type,locality_code\nTM-1,Liceul,high-school,156017\n"));
        long deta = core.localities.findByCode("156017").orElseThrow().id;
        long giroc = core.localities.findByCode("159641").orElseThrow().id;

        assertThatThrownBy(() -> core.localities.delete(deta)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("other records refer to it");
        core.localities.delete(giroc);
        assertThat(core.localities.findByCode("159641")).isEmpty();
        assertThat(core.localities.findByCode("156017")).isPresent();

        core.organisations.delete(core.organisations.findByCode("TM-1").orElseThrow().id);
        core.localities.delete(deta);
        assertThat(core.audit.actions()).contains("organisation.delete", "locality.delete");
    }
}
