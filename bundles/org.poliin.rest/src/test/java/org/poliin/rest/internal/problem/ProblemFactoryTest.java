package org.poliin.rest.internal.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.validation.ConstraintViolation;
import javax.validation.ConstraintViolationException;
import javax.validation.Validator;
import javax.validation.ValidatorFactory;
import javax.ws.rs.InternalServerErrorException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.ServiceUnavailableException;
import javax.ws.rs.core.Response;

import org.apache.cxf.interceptor.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.common.PageRequest;
import org.poliin.api.errors.AccessDeniedException;
import org.poliin.api.errors.ConflictException;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.errors.RecordNotFoundException;
import org.poliin.api.errors.StaleRecordException;
import org.poliin.api.people.PersonInput;
import org.poliin.api.rest.ProblemDTO;
import org.poliin.rest.internal.json.ObjectMappers;
import org.poliin.rest.internal.validation.BeanValidation;
import org.poliin.rest.internal.validation.ViolationMessages;
import org.slf4j.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

class ProblemFactoryTest {

    private static final RequestInfo EN = new RequestInfo(Language.EN, "POST", "/api/v1/people/5", null);
    private static final RequestInfo RO = new RequestInfo(Language.RO, "POST", "/api/v1/people/5", null);
    private static final ObjectMapper JSON = ObjectMappers.create();

    private static ValidatorFactory validation;

    private final Logger log = mock(Logger.class);
    private final ProblemFactory factory = new ProblemFactory(new ViolationMessages(), log);

    @BeforeAll
    static void startValidation() {
        validation = BeanValidation.newFactory();
    }

    @AfterAll
    static void stopValidation() {
        validation.close();
    }

    @Test
    void platformExceptionsKeepTheirStatusTypeAndTexts() {
        ProblemAnswer notFound = factory.create(RecordNotFoundException.of(LocalizedText.of("persoană", "person"), 5), RO);
        ProblemAnswer denied = factory.create(new AccessDeniedException(LocalizedText.of("nu", "no")), EN);
        ProblemAnswer conflict = factory.create(new ConflictException(LocalizedText.of("dublură", "duplicate")), EN);

        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.problem().type).isEqualTo("urn:poliin:problem:not-found");
        assertThat(notFound.problem().title).isEqualTo("Înregistrare inexistentă");
        assertThat(notFound.problem().detail).isEqualTo("Nu există persoană cu identificatorul 5.");
        assertThat(notFound.problem().instance).isEqualTo("/api/v1/people/5");
        assertThat(notFound.problem().errors).isNull();
        assertThat(notFound.problem().incident).isNull();
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.problem().type).isEqualTo("urn:poliin:problem:forbidden");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.problem().detail).isEqualTo("duplicate");
    }

    @Test
    void anAnonymousCallerLearnsOnlyThatALoginIsNeeded() {
        RequestInfo anonymous = new RequestInfo(Language.EN, "GET", "/api/v1/no-such-thing", null, false);
        for (int status : new int[] { 404, 405, 406, 415 }) {
            ProblemAnswer answer = factory.create(new javax.ws.rs.WebApplicationException(status), anonymous);
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.problem().type).isEqualTo("urn:poliin:problem:unauthenticated");
            assertThat(answer.headers().get("WWW-Authenticate")).containsExactly(ProblemFactory.BASIC_CHALLENGE);
        }
        // a known user gets the real answer
        assertThat(factory.create(new javax.ws.rs.NotFoundException(), EN).status()).isEqualTo(404);
        // and a conflict stays a conflict: only what reveals the API's shape is hidden
        assertThat(factory.create(new javax.ws.rs.WebApplicationException(409), anonymous).status()).isEqualTo(409);
    }

    @Test
    void aWriteTheDatabaseRefusesIsAConflict() {
        RuntimeException wrapped = new RuntimeException("commit failed", new java.sql.SQLIntegrityConstraintViolationException(
                "The statement was aborted because it would have caused a duplicate key value", "23505"));
        ProblemAnswer answer = factory.create(wrapped, RO);
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.problem().type).isEqualTo("urn:poliin:problem:conflict");
        assertThat(answer.problem().detail).startsWith("Baza de date a refuzat modificarea").doesNotContain("duplicate key");
        assertThat(factory.create(new RuntimeException(new java.sql.SQLException("disk full", "XSDG1")), EN).status())
                .isEqualTo(500);
    }

    @Test
    void aClientThatHungUpIsNotAnIncident() {
        ProblemAnswer answer = factory.create(new RuntimeException(new java.io.IOException("Broken pipe")), EN);
        assertThat(answer.problem().incident).isNull();
        assertThat(answer.problem().type).isEqualTo("urn:poliin:problem:client-gone");
        org.mockito.Mockito.verify(log, org.mockito.Mockito.never()).error(org.mockito.ArgumentMatchers.anyString(),
                org.mockito.ArgumentMatchers.<Object[]>any());
    }

    @Test
    void staleRecordExceptionIs409StaleRecord() {
        ProblemAnswer answer = factory.create(new StaleRecordException(LocalizedText.of("persoană", "person"), 5, 2, 3), EN);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.problem().type).isEqualTo("urn:poliin:problem:stale-record");
        assertThat(answer.problem().detail).contains("you sent version 2").contains("current version is 3");
    }

    @Test
    void invalidInputListsTheFieldsInTheCallersLanguage() {
        InvalidInputException invalid = InvalidInputException.of("size",
                LocalizedText.of("trebuie să fie între 1 și 500", "must be between 1 and 500"));

        ProblemAnswer ro = factory.create(invalid, RO);
        ProblemAnswer en = factory.create(invalid, EN);

        assertThat(ro.status()).isEqualTo(400);
        assertThat(ro.problem().type).isEqualTo("urn:poliin:problem:invalid-input");
        assertThat(ro.problem().title).isEqualTo("Date invalide");
        assertThat(ro.problem().errors).singleElement().satisfies(error -> {
            assertThat(error.field).isEqualTo("size");
            assertThat(error.message).isEqualTo("trebuie să fie între 1 și 500");
        });
        assertThat(en.problem().errors.get(0).message).isEqualTo("must be between 1 and 500");
        assertThat(en.problem().detail).isEqualTo("The input is not valid.");
    }

    @Test
    void constraintViolationsBecomeFieldErrors() {
        PersonInput input = new PersonInput();
        input.givenName = " ";
        input.familyName = "Pop";
        input.phone = "call me";
        input.birthDate = LocalDate.now().plusDays(3);
        Validator validator = validation.getValidator();
        Set<ConstraintViolation<PersonInput>> violations = validator.validate(input);

        ProblemAnswer ro = factory.create(new ConstraintViolationException(violations), RO);

        assertThat(ro.status()).isEqualTo(400);
        assertThat(ro.problem().type).isEqualTo("urn:poliin:problem:invalid-input");
        assertThat(ro.problem().errors).extracting(error -> error.field)
                .containsExactly("birthDate", "givenName", "phone");
        assertThat(ro.problem().errors).extracting(error -> error.message).containsExactly(
                "trebuie să fie în trecut", "trebuie completat", "trebuie să aibă forma \"[+0-9 ()./-]*\"");
    }

    @Test
    void optimisticLockFailuresAre409EvenWhenWrapped() {
        Throwable jpa = new javax.persistence.RollbackException("commit",
                new javax.persistence.OptimisticLockException("row changed"));
        javax.transaction.RollbackException jta = new javax.transaction.RollbackException("rolled back");
        jta.initCause(new javax.persistence.OptimisticLockException());
        Throwable wrappedTwice = new RuntimeException(new IllegalStateException(jta));

        for (Throwable failure : List.of(new javax.persistence.OptimisticLockException(), jpa, wrappedTwice)) {
            ProblemAnswer answer = factory.create(failure, EN);

            assertThat(answer.status()).isEqualTo(409);
            assertThat(answer.problem().type).isEqualTo("urn:poliin:problem:stale-record");
            assertThat(answer.problem().title).isEqualTo("Record changed meanwhile");
        }
    }

    @Test
    void jacksonErrorsNameTheFieldWithoutJacksonsText() {
        ProblemAnswer wrongDate = factory.create(readError("{\"givenName\":\"A\",\"birthDate\":\"2024-13-45\"}"), RO);
        ProblemAnswer unknown = factory.create(readError("{\"givenName\":\"A\",\"nickname\":\"x\"}"), EN);
        ProblemAnswer wrongType = factory.create(readError("{\"localityId\":\"Cluj\"}"), EN);
        ProblemAnswer nullPrimitive = factory.create(readError(PageHolder.class, "{\"pages\":[{\"page\":null}]}"), EN);
        ProblemAnswer tooBig = factory.create(readError(PageHolder.class, "{\"pages\":[{\"page\":99999999999}]}"), EN);

        assertThat(wrongDate.status()).isEqualTo(400);
        assertThat(wrongDate.problem().errors).singleElement().satisfies(error -> {
            assertThat(error.field).isEqualTo("birthDate");
            assertThat(error.message).isEqualTo("trebuie să fie o dată în forma AAAA-LL-ZZ (de exemplu 2024-10-15)");
        });
        assertThat(unknown.problem().errors.get(0).field).isEqualTo("nickname");
        assertThat(unknown.problem().errors.get(0).message).isEqualTo("is not a known field");
        assertThat(wrongType.problem().errors.get(0).field).isEqualTo("localityId");
        assertThat(wrongType.problem().errors.get(0).message).isEqualTo("must be an integer");
        assertThat(nullPrimitive.problem().errors.get(0).field).isEqualTo("pages[0].page");
        assertThat(nullPrimitive.problem().errors.get(0).message).isEqualTo("must not be null");
        assertThat(tooBig.problem().errors.get(0).field).isEqualTo("pages[0].page");
        assertThat(tooBig.problem().errors.get(0).message).isEqualTo("is out of range");
        for (ProblemAnswer answer : List.of(wrongDate, unknown, wrongType, nullPrimitive, tooBig)) {
            assertThat(answer.problem().type).isEqualTo("urn:poliin:problem:invalid-input");
            assertThat(answer.problem().detail).doesNotContain("com.").doesNotContain("java.").doesNotContain("Cannot");
        }
    }

    @Test
    void aRecordConstructorRefusingItsValueKeepsItsOwnFieldError() {
        ProblemAnswer answer = factory.create(readError(PageRequest.class,
                "{\"page\":-1,\"size\":20,\"after\":null,\"count\":false}"), EN);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problem().errors.get(0).field).isEqualTo("page");
        assertThat(answer.problem().errors.get(0).message).isEqualTo("must be at least 0");
    }

    @Test
    void malformedJsonSaysWhere() {
        ProblemAnswer answer = factory.create(readError("{\n  \"givenName\": \"Ana\",,\n}"), RO);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problem().type).isEqualTo("urn:poliin:problem:malformed-json");
        assertThat(answer.problem().detail).startsWith("Conținutul trimis nu este JSON valid (linia 2");
        assertThat(answer.problem().errors).isNull();
    }

    @Test
    void failuresWrappedByCxfAreUnwrapped() {
        Throwable wrapped = new Fault(new ConstraintViolationException(
                validation.getValidator().validate(new PersonInput())));

        ProblemAnswer answer = factory.create(wrapped, EN);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problem().errors).extracting(error -> error.field).containsExactly("familyName", "givenName");
    }

    @Test
    void httpErrorsKeepTheirStatusAndUsefulHeaders() {
        ProblemAnswer notAllowed = factory.create(new NotAllowedException("GET", new String[] { "PUT" }), EN);
        ProblemAnswer unauthorized = factory.create(new NotAuthorizedException("Basic realm=\"poliin\""), RO);
        ProblemAnswer unavailable = factory.create(new ServiceUnavailableException(30L), EN);

        assertThat(notAllowed.status()).isEqualTo(405);
        assertThat(notAllowed.problem().type).isEqualTo("urn:poliin:problem:method-not-allowed");
        assertThat(notAllowed.problem().detail).isEqualTo(
                "The resource /api/v1/people/5 does not accept the method POST.");
        assertThat(notAllowed.headers()).containsKey("Allow");
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.problem().type).isEqualTo("urn:poliin:problem:unauthenticated");
        assertThat(unauthorized.problem().title).isEqualTo("Autentificare necesară");
        assertThat(unauthorized.headers().get("WWW-Authenticate")).containsExactly("Basic realm=\"poliin\"");
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.headers()).containsKey("Retry-After");
    }

    @Test
    void aParameterJaxRsCouldNotConvertIs400() {
        ProblemAnswer answer = factory.create(new NotFoundException(new NumberFormatException("For input string")), EN);
        ProblemAnswer named = factory.create(
                new InvalidParameterException("page", LocalizedText.of("trebuie să fie un număr întreg", "must be an integer")), RO);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problem().type).isEqualTo("urn:poliin:problem:invalid-input");
        assertThat(named.problem().errors).singleElement().satisfies(error -> {
            assertThat(error.field).isEqualTo("page");
            assertThat(error.message).isEqualTo("trebuie să fie un număr întreg");
        });
    }

    @Test
    void anythingElseIsAnInternalErrorLoggedUnderAnIncident() throws Exception {
        IllegalStateException failure = new IllegalStateException("password=secret in SQL");

        ProblemAnswer answer = factory.create(failure, RO);

        assertThat(answer.status()).isEqualTo(500);
        ProblemDTO problem = answer.problem();
        assertThat(problem.type).isEqualTo("urn:poliin:problem:internal-error");
        assertThat(problem.title).isEqualTo("Eroare internă");
        assertThat(problem.incident).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(problem.detail).contains(problem.incident);
        String json = JSON.writeValueAsString(problem);
        assertThat(json).doesNotContain("secret").doesNotContain("IllegalState").doesNotContain("at org.");
        verify(log).error(eq("Incident {}: {} {} failed"), eq(problem.incident), eq("POST"), eq("/api/v1/people/5"),
                eq(failure));
    }

    @Test
    void serverErrorsOfJaxRsAreInternalErrors() {
        ProblemAnswer answer = factory.create(new InternalServerErrorException(), EN);

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.problem().incident).isNotNull();
        verify(log).error(any(String.class), any(), any(), any(), any(Throwable.class));
    }

    @Test
    void jsonWriteFailuresAreTheServersFault() {
        JsonProcessingException failure = writeError();

        ProblemAnswer answer = factory.create(failure, EN);

        assertThat(answer.status()).isEqualTo(500);
    }

    @Test
    void theMostMeaningfulCauseWins() {
        Throwable platformInsideHttp = new javax.ws.rs.WebApplicationException(
                new RecordNotFoundException(LocalizedText.of("x", "x")), Response.Status.BAD_GATEWAY);
        Throwable loop = new RuntimeException("outer");
        RuntimeException inner = new RuntimeException("inner", loop);
        loop.initCause(inner);

        assertThat(factory.create(platformInsideHttp, EN).status()).isEqualTo(404);
        assertThat(factory.create(loop, EN).status()).isEqualTo(500);
        assertThat(ProblemFactory.causes(loop)).hasSize(2);
    }

    @Test
    void problemJsonLeavesOutWhatDoesNotApply() throws Exception {
        ProblemAnswer answer = factory.create(RecordNotFoundException.of(LocalizedText.of("x", "x"), 1), EN);

        String json = JSON.writeValueAsString(answer.problem());

        assertThat(json).doesNotContain("errors").doesNotContain("incident").contains("\"status\":404");
    }

    /** For a path through a list to a primitive field. */
    public static class PageHolder {
        public List<Page> pages;
    }

    /** A primitive field. */
    public static class Page {
        public int page;
    }

    private static JsonProcessingException readError(String json) {
        return readError(PersonInput.class, json);
    }

    private static JsonProcessingException readError(Class<?> type, String json) {
        try {
            JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            return e;
        }
        throw new AssertionError("expected a failure for " + json);
    }

    /** A type Jackson cannot write: a failure of the server, not of the client. */
    public static class Unwritable {
        public Object self = new Object();
    }

    private static JsonProcessingException writeError() {
        try {
            JSON.copy().enable(com.fasterxml.jackson.databind.SerializationFeature.FAIL_ON_EMPTY_BEANS)
                    .writeValueAsString(new Unwritable());
        } catch (JsonProcessingException e) {
            return e;
        }
        throw new AssertionError("expected a write failure");
    }
}
