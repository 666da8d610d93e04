package org.poliin.rest.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.validation.ConstraintViolation;
import javax.validation.ConstraintViolationException;
import javax.validation.Valid;
import javax.validation.Validator;
import javax.validation.ValidatorFactory;
import javax.validation.constraints.DecimalMax;
import javax.validation.constraints.DecimalMin;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ReaderInterceptorContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.event.ParticipantInput;
import org.poliin.api.people.PersonInput;

class ValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = BeanValidation.newFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    /** Resource methods of every shape the feature meets. */
    @SuppressWarnings("unused")
    interface Resources {
        void valid(@PathParam("id") long id, @Valid PersonInput input);

        void notNull(@Context UriInfo uri, @NotNull Map<String, Object> body);

        void optional(@QueryParam("q") String q, PersonInput input);

        void noBody(@PathParam("id") long id);

        void list(@Valid List<ParticipantInput> participants);
    }

    /** An implementation whose annotations sit on the interface only. */
    static class ResourceImpl implements Resources {
        @Override
        public void valid(long id, PersonInput input) {
        }

        @Override
        public void notNull(UriInfo uri, Map<String, Object> body) {
        }

        @Override
        public void optional(String q, PersonInput input) {
        }

        @Override
        public void noBody(long id) {
        }

        @Override
        public void list(List<ParticipantInput> participants) {
        }
    }

    private static Method method(String name) {
        for (Method method : ResourceImpl.class.getDeclaredMethods()) {
            if (method.getName().equals(name)) {
                return method;
            }
        }
        throw new AssertionError(name);
    }

    private static PersonInput person(String given, String family) {
        PersonInput input = new PersonInput();
        input.givenName = given;
        input.familyName = family;
        return input;
    }

    @Nested
    class Entity {

        @Test
        void findsTheBodyAndItsRules() {
            assertThat(EntityParameter.of(method("valid"))).hasValueSatisfying(p -> {
                assertThat(p.type()).isEqualTo(PersonInput.class);
                assertThat(p.validate()).isTrue();
                assertThat(p.required()).isTrue();
            });
            assertThat(EntityParameter.of(method("notNull"))).hasValueSatisfying(p -> {
                assertThat(p.validate()).isFalse();
                assertThat(p.required()).isTrue();
            });
            assertThat(EntityParameter.of(method("optional"))).hasValueSatisfying(p -> {
                assertThat(p.validate()).isFalse();
                assertThat(p.required()).isFalse();
            });
            assertThat(EntityParameter.of(method("noBody"))).isEmpty();
        }
    }

    @Nested
    class Interceptor {

        private final ReaderInterceptorContext context = mock(ReaderInterceptorContext.class);

        private ValidatingReaderInterceptor interceptor(String method) {
            return new ValidatingReaderInterceptor(validator, EntityParameter.of(method(method)).orElseThrow());
        }

        @Test
        void aValidBodyPasses() throws Exception {
            PersonInput input = person("Ana", "Pop");
            when(context.proceed()).thenReturn(input);

            assertThat(interceptor("valid").aroundReadFrom(context)).isSameAs(input);
        }

        @Test
        void anInvalidBodyThrowsTheViolations() throws Exception {
            when(context.proceed()).thenReturn(person("", null));

            assertThatThrownBy(() -> interceptor("valid").aroundReadFrom(context))
                    .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(
                            e.getConstraintViolations()).extracting(ViolationPaths::render)
                            .containsExactlyInAnyOrder("givenName", "familyName"));
        }

        @Test
        void aMissingRequiredBodyIs400() throws Exception {
            when(context.proceed()).thenReturn(null);

            assertThatThrownBy(() -> interceptor("valid").aroundReadFrom(context))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.detail().ro).isEqualTo("Cererea nu are conținut; trimiteți datele în format JSON.");
                    });
            assertThatThrownBy(() -> interceptor("notNull").aroundReadFrom(context))
                    .isInstanceOf(InvalidInputException.class);
        }

        @Test
        void anOptionalBodyMayBeMissing() throws Exception {
            when(context.proceed()).thenReturn(null);

            assertThat(interceptor("optional").aroundReadFrom(context)).isNull();
        }

        @Test
        void everyElementOfAListIsValidatedWithItsIndex() throws Exception {
            ParticipantInput good = new ParticipantInput();
            good.personId = 1L;
            ParticipantInput bad = new ParticipantInput();
            bad.role = "Not a role";
            when(context.proceed()).thenReturn(List.of(good, bad));

            assertThatThrownBy(() -> interceptor("list").aroundReadFrom(context))
                    .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(
                            e.getConstraintViolations()).extracting(ViolationPaths::render)
                            .containsExactlyInAnyOrder("[1].personId", "[1].role"));
        }
    }

    @Nested
    class Feature {

        private final ValidationFeature feature = new ValidationFeature(BeanValidation.newFactory());

        @Test
        void bindsTheCheckersOnlyWhereABodyIsChecked() {
            FeatureContext withBody = mock(FeatureContext.class);
            FeatureContext withoutBody = mock(FeatureContext.class);
            ResourceInfo valid = mock(ResourceInfo.class);
            ResourceInfo optional = mock(ResourceInfo.class);
            when(valid.getResourceMethod()).thenReturn(method("valid"));
            when(optional.getResourceMethod()).thenReturn(method("optional"));

            feature.configure(valid, withBody);
            feature.configure(optional, withoutBody);

            verify(withBody).register(any(RequiredBodyFilter.class), anyInt());
            verify(withBody).register(any(ValidatingReaderInterceptor.class), anyInt());
            verify(withoutBody, never()).register(any(Object.class), anyInt());
        }

        @Test
        void theFilterRefusesARequestWithoutBody() {
            ContainerRequestContext request = mock(ContainerRequestContext.class);
            when(request.hasEntity()).thenReturn(false);

            assertThatThrownBy(() -> new RequiredBodyFilter().filter(request)).isInstanceOf(InvalidInputException.class);
        }

        @Test
        void theFilterLetsABodyThrough() {
            ContainerRequestContext request = mock(ContainerRequestContext.class);
            when(request.hasEntity()).thenReturn(true);

            new RequiredBodyFilter().filter(request);

            verify(request).hasEntity();
            verify(request, never()).abortWith(eq(null));
        }
    }

    /** Bounds, to check the messages Hibernate writes with Expression Language. */
    static class Bounds {
        @DecimalMin(value = "0", inclusive = false)
        public java.math.BigDecimal price = java.math.BigDecimal.ZERO;
        @DecimalMax("100")
        public java.math.BigDecimal percent = new java.math.BigDecimal("120");
        @Size(min = 2, max = 5)
        public String code = "x";
    }

    @Nested
    class Messages {

        private final ViolationMessages messages = new ViolationMessages();

        private Map<String, String> messages(Object bean, boolean romanian) {
            Set<ConstraintViolation<Object>> violations = validator.validate(bean);
            return messages.violations(violations).stream().collect(java.util.stream.Collectors.toMap(
                    v -> v.field, v -> romanian ? v.message.ro : v.message.en));
        }

        @Test
        void bothLanguagesWhateverTheServersLocale() {
            Locale before = Locale.getDefault();
            try {
                for (Locale serverLocale : List.of(Locale.forLanguageTag("ro-RO"), Locale.US, Locale.GERMANY)) {
                    Locale.setDefault(serverLocale);

                    assertThat(messages(new Bounds(), false)).as(serverLocale.toString()).containsOnly(
                            Map.entry("price", "must be greater than 0"),
                            Map.entry("percent", "must be at most 100"),
                            Map.entry("code", "size must be between 2 and 5"));
                    assertThat(messages(new Bounds(), true)).as(serverLocale.toString()).containsOnly(
                            Map.entry("price", "trebuie să fie mai mare decât 0"),
                            Map.entry("percent", "trebuie să fie cel mult 100"),
                            Map.entry("code", "dimensiunea trebuie să fie între 2 și 5"));
                }
            } finally {
                Locale.setDefault(before);
            }
        }

        @Test
        void romanianUsesCommaBelowDiacritics() {
            Map<String, String> ro = messages(person(null, null), true);

            assertThat(ro).containsEntry("givenName", "trebuie completat");
            assertThat(String.join("", messages(new Bounds(), true).values())).doesNotContain("ş", "ţ");
        }

        /** A constraint with a literal message and one with a key nobody knows. */
        static class Custom {
            @NotNull(message = "alegeți o școală")
            public String school;
            @NotNull(message = "{org.example.outreach.unknown.message}")
            public String other;
        }

        @Test
        void messagesNobodyCanTranslateStayAsGiven() {
            Map<String, String> en = messages(new Custom(), false);
            Map<String, String> ro = messages(new Custom(), true);

            assertThat(en).containsEntry("school", "alegeți o școală");
            assertThat(ro).containsEntry("school", "alegeți o școală");
            assertThat(en.get("other")).isEqualTo(ro.get("other"));
        }
    }
}
