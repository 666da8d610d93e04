package org.poliin.rest.internal.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.apache.felix.hc.api.execution.HealthCheckExecutionOptions;
import org.apache.felix.hc.api.execution.HealthCheckExecutionResult;
import org.apache.felix.hc.api.execution.HealthCheckExecutor;
import org.apache.felix.hc.api.execution.HealthCheckMetadata;
import org.apache.felix.hc.api.execution.HealthCheckSelector;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ExtensionDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.poliin.api.security.CurrentUser;
import org.poliin.api.security.PlatformUser;
import org.poliin.rest.internal.json.ObjectMappers;
import org.poliin.rest.internal.problem.Language;

class HealthTest {

    private final HealthCheckExecutor executor = mock(HealthCheckExecutor.class);

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static HealthCheckExecutionResult result(String name, Result.Status status, String message) {
        ServiceReference reference = mock(ServiceReference.class);
        when(reference.getProperty(HealthCheck.NAME)).thenReturn(name);
        when(reference.getProperty(HealthCheck.TAGS)).thenReturn(new String[] { "poliin" });
        when(reference.getProperty(Constants.SERVICE_ID)).thenReturn(1L);
        FormattingResultLog log = new FormattingResultLog();
        log.add(new org.apache.felix.hc.api.ResultLog.Entry(status, message));
        log.debug("connection pool: 3 idle");
        HealthCheckMetadata metadata = new HealthCheckMetadata(reference);
        Result outcome = new Result(log);
        HealthCheckExecutionResult result = mock(HealthCheckExecutionResult.class);
        when(result.getHealthCheckMetadata()).thenReturn(metadata);
        when(result.getHealthCheckResult()).thenReturn(outcome);
        return result;
    }

    private HealthAggregator aggregator(boolean serving) {
        return aggregator(executor, serving);
    }

    private static HealthAggregator aggregator(HealthCheckExecutor executor, boolean serving) {
        return new HealthAggregator(() -> executor, () -> serving, 3000, new String[] { "poliin" }, 0,
                System::currentTimeMillis);
    }

    @Nested
    class Aggregation {

        @Test
        void upWhenEveryCheckIsOk() {
            List<HealthCheckExecutionResult> results1 = List.of(result("database", Result.Status.OK, "Derby answers"));
            when(executor.execute(any(HealthCheckSelector.class), any(HealthCheckExecutionOptions.class)))
                    .thenReturn(results1);

            HealthDTO health = aggregator(true).health(false, Language.EN);

            assertThat(health.status).isEqualTo("UP");
            assertThat(health.checks).extracting(c -> c.name, c -> c.status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("api", "UP"),
                            org.assertj.core.groups.Tuple.tuple("database", "UP"));
        }

        @Test
        void downWhenACheckIsCriticalAndWarningsStayUp() {
            List<HealthCheckExecutionResult> results2 = List.of(result("database", Result.Status.CRITICAL, "no connection"),
                    result("disk", Result.Status.WARN, "85% full"));
            when(executor.execute(any(HealthCheckSelector.class), any(HealthCheckExecutionOptions.class)))
                    .thenReturn(results2);
            HealthCheckExecutor onlyWarn = mock(HealthCheckExecutor.class);
            List<HealthCheckExecutionResult> results3 = List.of(result("disk", Result.Status.WARN, "85% full"));
            when(onlyWarn.execute(any(HealthCheckSelector.class), any(HealthCheckExecutionOptions.class)))
                    .thenReturn(results3);

            HealthDTO down = aggregator(true).health(false, Language.EN);
            HealthDTO warn = aggregator(onlyWarn, true).health(false, Language.EN);

            assertThat(down.status).isEqualTo("DOWN");
            assertThat(down.checks).extracting(c -> c.status).containsExactly("UP", "DOWN", "WARN");
            assertThat(warn.status).isEqualTo("UP");
        }

        @Test
        void withoutChecksTheApplicationAloneDecides() {
            List<HealthCheckExecutionResult> results4 = List.of();
            when(executor.execute(any(HealthCheckSelector.class), any(HealthCheckExecutionOptions.class)))
                    .thenReturn(results4);

            assertThat(aggregator(true).health(false, Language.EN).status).isEqualTo("UP");
            assertThat(aggregator(false).health(false, Language.EN).status).isEqualTo("DOWN");
        }

        @Test
        void withoutTheFelixExecutorNothingCanBeCheckedSoDown() {
            HealthDTO health = aggregator(null, true).health(false, Language.EN);

            assertThat(health.status).isEqualTo("DOWN");
            assertThat(health.checks).extracting(c -> c.name).containsExactly("api", "health-checks");
        }

        @Test
        void runsThePlatformsTagsWithTheTimeout() {
            ArgumentCaptor<HealthCheckSelector> selector = ArgumentCaptor.forClass(HealthCheckSelector.class);
            ArgumentCaptor<HealthCheckExecutionOptions> options = ArgumentCaptor.forClass(HealthCheckExecutionOptions.class);
            when(executor.execute(selector.capture(), options.capture())).thenReturn(List.of());

            aggregator(true).health(false, Language.EN);

            assertThat(selector.getValue().tags()).containsExactly("poliin");
            assertThat(options.getValue().getOverrideGlobalTimeout()).isEqualTo(3000);
        }

        @Test
        void theOutcomeIsKeptForAWhileSoAnonymousCallersCannotHammerTheChecks() {
            List<HealthCheckExecutionResult> ok = List.of(result("database", Result.Status.OK, "ok"));
            List<HealthCheckExecutionResult> critical = List.of(result("database", Result.Status.CRITICAL, "gone"));
            when(executor.execute(any(HealthCheckSelector.class), any(HealthCheckExecutionOptions.class)))
                    .thenReturn(ok).thenReturn(critical);
            java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(1_000);
            HealthAggregator cached = new HealthAggregator(() -> executor, () -> true, 3000,
                    new String[] { "poliin" }, 2000, now::get);

            String first = cached.health(false, Language.EN).status;
            now.addAndGet(1999);
            String stillKept = cached.health(true, Language.EN).status;
            now.addAndGet(1);
            String renewed = cached.health(false, Language.EN).status;

            assertThat(first).isEqualTo("UP");
            assertThat(stillKept).isEqualTo("UP");
            assertThat(renewed).isEqualTo("DOWN");
            org.mockito.Mockito.verify(executor, org.mockito.Mockito.times(2))
                    .execute(any(HealthCheckSelector.class), any(HealthCheckExecutionOptions.class));
        }

        @Test
        void messagesOnlyForAuthenticatedCallersAndNeverDebug() throws Exception {
            List<HealthCheckExecutionResult> results5 = List.of(
                    result("database", Result.Status.CRITICAL, "jdbc:derby:/secret/path refused"));
            when(executor.execute(any(HealthCheckSelector.class), any(HealthCheckExecutionOptions.class)))
                    .thenReturn(results5);

            HealthDTO anonymous = aggregator(true).health(false, Language.EN);
            HealthDTO authenticated = aggregator(true).health(true, Language.EN);

            String anonymousJson = ObjectMappers.create().writeValueAsString(anonymous);
            assertThat(anonymousJson).doesNotContain("secret").doesNotContain("messages");
            assertThat(authenticated.checks.get(1).messages).containsExactly("jdbc:derby:/secret/path refused");
        }
    }

    @Nested
    class Resource {

        private final ComponentContext context = mock(ComponentContext.class);

        @Test
        void answers200Or503() {
            List<HealthCheckExecutionResult> results6 = List.of(result("database", Result.Status.OK, "ok"));
            List<HealthCheckExecutionResult> results7 = List.of(
                    result("database", Result.Status.TEMPORARILY_UNAVAILABLE, "starting"));
            when(executor.execute(any(HealthCheckSelector.class), any(HealthCheckExecutionOptions.class)))
                    .thenReturn(results6).thenReturn(results7);
            HealthResource resource = new HealthResource(context, aggregator(true));

            Response up = resource.health(null, null);
            Response down = resource.health(null, null);

            assertThat(up.getStatus()).isEqualTo(200);
            assertThat(((HealthDTO) up.getEntity()).status).isEqualTo("UP");
            assertThat(down.getStatus()).isEqualTo(503);
            assertThat(((HealthDTO) down.getEntity()).status).isEqualTo("DOWN");
        }

        @Test
        void recognisesAuthenticatedCallers() {
            List<HealthCheckExecutionResult> results8 = List.of(result("database", Result.Status.OK, "Derby answers"));
            when(executor.execute(any(HealthCheckSelector.class), any(HealthCheckExecutionOptions.class)))
                    .thenReturn(results8);
            HealthResource resource = new HealthResource(context, aggregator(true));
            SecurityContext security = mock(SecurityContext.class);
            Principal principal = () -> "ana";
            when(security.getUserPrincipal()).thenReturn(principal);
            CurrentUser current = mock(CurrentUser.class);
            when(current.get()).thenReturn(Optional.of(new PlatformUser("ion", Set.of("staff"))));

            HealthDTO bySecurityContext = (HealthDTO) resource.health(security, null).getEntity();
            HealthDTO anonymous = (HealthDTO) resource.health(mock(SecurityContext.class), null).getEntity();
            when(context.locateService(HealthResource.CURRENT_USER)).thenReturn(current);
            HealthDTO byCurrentUser = (HealthDTO) resource.health(null, null).getEntity();

            assertThat(bySecurityContext.checks.get(1).messages).containsExactly("Derby answers");
            assertThat(anonymous.checks.get(1).messages).isNull();
            assertThat(byCurrentUser.checks.get(1).messages).containsExactly("Derby answers");
        }

        @Test
        void thePlatformsOwnMessagesFollowAcceptLanguage() {
            HealthResource resource = new HealthResource(context,
                    aggregator(null, true));
            SecurityContext security = mock(SecurityContext.class);
            Principal principal = () -> "ana";
            when(security.getUserPrincipal()).thenReturn(principal);
            HttpHeaders headers = mock(HttpHeaders.class);
            when(headers.getAcceptableLanguages()).thenReturn(List.of(Locale.forLanguageTag("ro-RO")));

            Response response = resource.health(security, headers);

            HealthDTO health = (HealthDTO) response.getEntity();
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeaderString(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("ro");
            assertThat(health.checks.get(0).messages).containsExactly("Aplicația platformei este servită.");
            assertThat(health.checks.get(1).messages)
                    .containsExactly("Apache Felix Health Checks nu rulează: nicio verificare nu poate rula.");
        }

        @Test
        void theApplicationIsServingWhenTheRuntimeListsIt() {
            JaxrsServiceRuntime runtime = mock(JaxrsServiceRuntime.class);
            RuntimeDTO dto = new RuntimeDTO();
            ApplicationDTO poliin = new ApplicationDTO();
            poliin.name = "poliin";
            dto.applicationDTOs = new ApplicationDTO[] { poliin };
            RuntimeDTO without = new RuntimeDTO();
            without.applicationDTOs = new ApplicationDTO[0];
            when(runtime.getRuntimeDTO()).thenReturn(dto, without);

            assertThat(HealthResource.applicationServing(runtime, Set.of())).isTrue();
            assertThat(HealthResource.applicationServing(runtime, Set.of())).isFalse();
            assertThat(HealthResource.applicationServing(null, Set.of(7L))).isTrue();
        }

        @Test
        void aResourceTheWhiteboardHasNotTakenInYetMeansNotServing() {
            JaxrsServiceRuntime runtime = mock(JaxrsServiceRuntime.class);
            RuntimeDTO dto = new RuntimeDTO();
            ApplicationDTO poliin = new ApplicationDTO();
            poliin.name = "poliin";
            ResourceDTO people = new ResourceDTO();
            people.serviceId = 11;
            poliin.resourceDTOs = new ResourceDTO[] { people };
            ExtensionDTO json = new ExtensionDTO();
            json.serviceId = 12;
            poliin.extensionDTOs = new ExtensionDTO[] { json };
            dto.applicationDTOs = new ApplicationDTO[] { poliin };
            FailedResourceDTO refused = new FailedResourceDTO();
            refused.serviceId = 13;
            dto.failedResourceDTOs = new FailedResourceDTO[] { refused };
            when(runtime.getRuntimeDTO()).thenReturn(dto);

            assertThat(HealthResource.applicationServing(runtime, Set.of(11L, 12L, 13L)))
                    .as("served or refused: taken in").isTrue();
            assertThat(HealthResource.applicationServing(runtime, Set.of(11L, 12L, 14L)))
                    .as("14 is registered but the whiteboard has not taken it in yet").isFalse();
        }
    }
}
