package org.poliin.security.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.Test;
import org.poliin.api.security.PlatformUser;

class PrincipalRolesTest {

    @Test
    void onlyPlatformRolesCountInTheOrderOfRolesAll() {
        Subject subject = new Subject();
        subject.getPrincipals().addAll(List.of(new UserPrincipal("ana"), new RolePrincipal("viewer"),
                new RolePrincipal("ssh"), new RolePrincipal("manager"), new RolePrincipal("counsellor"),
                new RolePrincipal("Admin"), new ClientPrincipal("http", "127.0.0.1")));

        PlatformUser user = PrincipalRoles.toPlatformUser("ana", subject);

        assertThat(user.name()).isEqualTo("ana");
        assertThat(user.roles()).containsExactlyInAnyOrder("counsellor", "viewer");
        assertThat(PrincipalRoles.platformRoles(subject.getPrincipals())).containsExactly("counsellor", "viewer");
    }

    @Test
    void rolesOfGroupsResolvedByKarafCountAndTheGroupNameDoesNot() {
        // Karaf's properties login module adds a GroupPrincipal and, for each role of the group, a RolePrincipal.
        Subject subject = new Subject();
        subject.getPrincipals().addAll(List.of(new UserPrincipal("ion"), new GroupPrincipal("admin"),
                new RolePrincipal("staff")));

        PlatformUser user = PrincipalRoles.toPlatformUser("ion", subject);

        assertThat(user.roles()).containsExactly("staff");
        assertThat(user.hasRole("admin")).isFalse();
    }

    @Test
    void theNameComesFromTheUserPrincipalWhenThereIsOne() {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("ana.pop"));

        assertThat(PrincipalRoles.toPlatformUser("ANA.POP", subject).name()).isEqualTo("ana.pop");
        assertThat(PrincipalRoles.toPlatformUser("ion", new Subject()).name()).isEqualTo("ion");
        assertThat(PrincipalRoles.toPlatformUser("ion", new Subject()).roles()).isEmpty();
    }

    @Test
    void onlyPlatformRolesFiltersNames() {
        assertThat(PrincipalRoles.onlyPlatformRoles(Set.of("staff", "admin", "root", "")))
                .containsExactly("admin", "staff");
    }
}
