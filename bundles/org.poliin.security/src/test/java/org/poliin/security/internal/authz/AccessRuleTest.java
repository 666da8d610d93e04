package org.poliin.security.internal.authz;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;

import javax.annotation.security.DenyAll;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;

import org.junit.jupiter.api.Test;
import org.poliin.api.security.PlatformUser;
import org.poliin.security.internal.authz.AccessRule.Decision;
import org.poliin.security.internal.authz.AccessRule.Kind;

class AccessRuleTest {

    private static final Optional<PlatformUser> ANONYMOUS = Optional.empty();

    private static Optional<PlatformUser> user(String... roles) {
        return Optional.of(new PlatformUser("u", Set.of(roles)));
    }

    @RolesAllowed("coordinator")
    static class CoordinatorResource {
        public void inherited() {
        }

        @RolesAllowed({"counsellor"})
        public void counsellorOnly() {
        }

        @PermitAll
        public void health() {
        }

        @DenyAll
        public void closed() {
        }

        @RolesAllowed("admin")
        @PermitAll
        public void both() {
        }
    }

    static class PlainResource {
        public void forgotten() {
        }

        @RolesAllowed({"admin", "staf"})
        public void typo() {
        }
    }

    @PermitAll
    static class OpenResource {
        @RolesAllowed("admin")
        public void adminOnly() {
        }

        public void open() {
        }
    }

    private static AccessRule rule(Class<?> type, String method) throws NoSuchMethodException {
        Method m = type.getMethod(method);
        return AccessRule.of(m, type);
    }

    @Test
    void theMethodAnnotationWinsOverTheClassAnnotation() throws Exception {
        AccessRule rule = rule(CoordinatorResource.class, "counsellorOnly");

        assertThat(rule.kind()).isEqualTo(Kind.ROLES_ALLOWED);
        assertThat(rule.roles()).containsExactly("counsellor");
        assertThat(rule.decide(user("counsellor"))).isEqualTo(Decision.ALLOW);
        assertThat(rule.decide(user("coordinator"))).isEqualTo(Decision.FORBIDDEN);
        assertThat(rule.declaredOn()).endsWith("CoordinatorResource#counsellorOnly");
    }

    @Test
    void adminDoesNotImplicitlyHaveEveryRole() throws Exception {
        AccessRule rule = rule(CoordinatorResource.class, "counsellorOnly");

        assertThat(rule.decide(user("admin"))).isEqualTo(Decision.FORBIDDEN);
        assertThat(rule.decide(user("admin", "coordinator", "staff", "viewer"))).isEqualTo(Decision.FORBIDDEN);
    }

    @Test
    void theClassAnnotationAppliesToUnannotatedMethods() throws Exception {
        AccessRule rule = rule(CoordinatorResource.class, "inherited");

        assertThat(rule.kind()).isEqualTo(Kind.ROLES_ALLOWED);
        assertThat(rule.decide(user("coordinator"))).isEqualTo(Decision.ALLOW);
        assertThat(rule.decide(user("viewer"))).isEqualTo(Decision.FORBIDDEN);
        assertThat(rule.decide(ANONYMOUS)).isEqualTo(Decision.UNAUTHENTICATED);
    }

    @Test
    void anyOneOfTheAllowedRolesIsEnough() throws Exception {
        AccessRule rule = rule(PlainResource.class, "typo");

        assertThat(rule.decide(user("viewer", "admin"))).isEqualTo(Decision.ALLOW);
        assertThat(rule.decide(user("viewer", "staff"))).isEqualTo(Decision.FORBIDDEN);
        assertThat(rule.unknownRoles()).containsExactly("staf");
    }

    @Test
    void permitAllLetsAnonymousRequestsThrough() throws Exception {
        AccessRule rule = rule(CoordinatorResource.class, "health");

        assertThat(rule.kind()).isEqualTo(Kind.PERMIT_ALL);
        assertThat(rule.decide(ANONYMOUS)).isEqualTo(Decision.ALLOW);
        assertThat(rule.decide(user())).isEqualTo(Decision.ALLOW);
        assertThat(rule(OpenResource.class, "open").decide(ANONYMOUS)).isEqualTo(Decision.ALLOW);
    }

    @Test
    void aMethodCanBeStricterThanAPermitAllClass() throws Exception {
        AccessRule rule = rule(OpenResource.class, "adminOnly");

        assertThat(rule.decide(ANONYMOUS)).isEqualTo(Decision.UNAUTHENTICATED);
        assertThat(rule.decide(user("admin"))).isEqualTo(Decision.ALLOW);
    }

    @Test
    void denyAllRefusesEveryone() throws Exception {
        AccessRule rule = rule(CoordinatorResource.class, "closed");

        assertThat(rule.kind()).isEqualTo(Kind.DENY_ALL);
        assertThat(rule.decide(user("admin", "coordinator"))).isEqualTo(Decision.FORBIDDEN);
        assertThat(rule.decide(ANONYMOUS)).isEqualTo(Decision.UNAUTHENTICATED);
    }

    @Test
    void withoutAnyAnnotationTheMethodIsDeniedToEveryone() throws Exception {
        AccessRule rule = rule(PlainResource.class, "forgotten");

        assertThat(rule.kind()).isEqualTo(Kind.UNDECLARED);
        assertThat(rule.decide(user("admin", "coordinator", "counsellor", "staff", "viewer"))).isEqualTo(Decision.FORBIDDEN);
        assertThat(rule.decide(ANONYMOUS)).isEqualTo(Decision.UNAUTHENTICATED);
        assertThat(rule.declaredOn()).endsWith("PlainResource#forgotten");
    }

    @Test
    void theStricterOfTwoAnnotationsOnOneMethodWins() throws Exception {
        AccessRule rule = rule(CoordinatorResource.class, "both");

        assertThat(rule.kind()).isEqualTo(Kind.ROLES_ALLOWED);
        assertThat(rule.decide(ANONYMOUS)).isEqualTo(Decision.UNAUTHENTICATED);
    }
}
