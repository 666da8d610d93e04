package org.poliin.security.internal.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.audit.AuditRecord;
import org.poliin.api.errors.AccessDeniedException;
import org.poliin.api.errors.ConflictException;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.errors.RecordNotFoundException;
import org.poliin.api.security.PlatformUser;
import org.poliin.security.internal.auth.AuthOutcome;
import org.poliin.security.internal.auth.Authenticator;
import org.poliin.security.internal.realm.LoginModuleKind;

class RealmUserDirectoryTest {

    @TempDir
    Path dir;

    private Path file;
    private final AuditLog audit = mock(AuditLog.class);
    private final Authenticator authenticator = mock(Authenticator.class);
    private RealmUserDirectory users;

    private static final PlatformUser ADMIN = new PlatformUser("admin", Set.of("admin"));

    @BeforeEach
    void setUp() throws Exception {
        file = dir.resolve("poliin-users.properties");
        Files.writeString(file, """
                admin = pw-admin,admin
                ana = pw-ana,counsellor,ssh
                ion = pw-ion,_g_:coordinators
                _g_\\:coordinators = group,coordinator
                """);
        users = new RealmUserDirectory(new FileRealm(file, LoginModuleKind.PROPERTIES), audit, authenticator);
    }

    private List<AuditRecord> audited() {
        ArgumentCaptor<AuditRecord> records = ArgumentCaptor.forClass(AuditRecord.class);
        verify(audit, org.mockito.Mockito.atLeast(0)).record(records.capture());
        return records.getAllValues();
    }

    @Test
    void listsUsersWithPlatformRolesOnlyAndNoGroupEntries() {
        assertThat(users.list()).containsExactly(
                new UserView("admin", Set.of("admin")),
                new UserView("ana", Set.of("counsellor")),
                new UserView("ion", Set.of("coordinator")));
        assertThat(users.hasAdmin()).isTrue();
    }

    @Test
    void unknownUserIsNotFound() {
        assertThatThrownBy(() -> users.get("nobody")).isInstanceOf(RecordNotFoundException.class)
                .hasMessageContaining("nobody");
        assertThatThrownBy(() -> users.get("*)(uid=*")).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void createsAUserAndAuditsIt() throws Exception {
        UserView created = users.create("maria.ionescu", "parola-destul-de-lunga", List.of("staff", "viewer"));

        assertThat(created).isEqualTo(new UserView("maria.ionescu", Set.of("staff", "viewer")));
        assertThat(users.get("maria.ionescu").roles()).containsExactly("staff", "viewer");
        assertThat(Files.readString(file)).contains("maria.ionescu");
        assertThat(audited()).singleElement().satisfies(record -> {
            assertThat(record.moduleId()).isEqualTo("core");
            assertThat(record.action()).isEqualTo("user.create");
            assertThat(record.entityType()).isEqualTo("user");
            assertThat(record.entityId()).isEqualTo("maria.ionescu");
            assertThat(record.detail()).isEqualTo("roles=staff,viewer").doesNotContain("parola");
        });
        verify(authenticator).invalidate("maria.ionescu");
    }

    @Test
    void aDuplicateIsAConflict() {
        assertThatThrownBy(() -> users.create("ana", "parola-destul-de-lunga", List.of("staff")))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).detail().ro).contains("ana"));
        verify(audit, never()).record(any());
    }

    @Test
    void invalidInputIsRefusedWithEveryFieldAtFault() {
        assertThatThrownBy(() -> users.create("X y", "scurta", List.of("root")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field).containsExactly("name", "password", "roles[0]"));
        assertThatThrownBy(() -> users.create("petru", "petru", List.of("staff")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void setsPlatformRolesAndLeavesOtherRealmRolesAlone() throws Exception {
        UserView changed = users.setRoles("ana", List.of("staff", "viewer"));

        assertThat(changed.roles()).containsExactly("staff", "viewer");
        assertThat(users.get("ana").roles()).containsExactly("staff", "viewer");
        assertThat(Files.readString(file)).containsPattern("ana = pw-ana,.*ssh");
        assertThat(audited()).extracting(AuditRecord::action).containsExactly("user.roles.update");
        verify(authenticator).invalidate("ana");
    }

    @Test
    void rolesFromAGroupCannotBeRemovedHere() {
        assertThatThrownBy(() -> users.setRoles("ion", List.of("viewer")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.detail().en).contains("group"));
        assertThat(users.get("ion").roles()).containsExactly("coordinator");
    }

    @Test
    void theLastAdminCanBeNeitherDeletedNorDemoted() {
        assertThatThrownBy(() -> users.delete("admin")).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> users.setRoles("admin", List.of("coordinator")))
                .isInstanceOf(ConflictException.class);
        assertThat(users.get("admin").roles()).containsExactly("admin");
        verify(audit, never()).record(any());
    }

    @Test
    void anAdminCanGoWhenAnotherRemains() {
        users.setRoles("ana", List.of("admin", "counsellor"));

        users.delete("admin");

        assertThat(users.list()).extracting(UserView::name).containsExactly("ana", "ion");
        assertThat(audited()).extracting(AuditRecord::action).containsExactly("user.roles.update", "user.delete");
        verify(authenticator).invalidate("admin");
    }

    @Test
    void deletingAnUnknownUserIsNotFound() {
        assertThatThrownBy(() -> users.delete("nobody")).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void anAdminChangesAnotherUsersPasswordWithoutTheirCurrentOne() throws Exception {
        users.changePassword("ana", "noua-parola-ana-1", null, ADMIN);

        assertThat(Files.readString(file)).contains("ana = noua-parola-ana-1,counsellor,ssh");
        assertThat(audited()).singleElement().satisfies(record -> {
            assertThat(record.action()).isEqualTo("user.password.change");
            assertThat(record.detail()).doesNotContain("noua-parola");
        });
        verify(authenticator).invalidate("ana");
        verify(authenticator, never()).authenticate(anyString(), anyString());
    }

    @Test
    void usersChangeTheirOwnPasswordWithTheCurrentOne() throws Exception {
        PlatformUser ana = new PlatformUser("ana", Set.of("counsellor"));
        when(authenticator.authenticate("ana", "pw-ana-current")).thenReturn(new AuthOutcome.Authenticated(ana));

        users.changePassword("ana", "noua-parola-ana-1", "pw-ana-current", ana);

        assertThat(Files.readString(file)).contains("ana = noua-parola-ana-1");
    }

    @Test
    void theCurrentPasswordIsRequiredAndChecked() throws Exception {
        PlatformUser ana = new PlatformUser("ana", Set.of("counsellor"));
        when(authenticator.authenticate(anyString(), anyString())).thenReturn(new AuthOutcome.Rejected());

        assertThatThrownBy(() -> users.changePassword("ana", "noua-parola-ana-1", null, ana))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field).containsExactly("currentPassword"));
        assertThatThrownBy(() -> users.changePassword("ana", "noua-parola-ana-1", "gresita-parola", ana))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field).containsExactly("currentPassword"));
        // Also for an admin changing their own password.
        assertThatThrownBy(() -> users.changePassword("admin", "noua-parola-admin", null, ADMIN))
                .isInstanceOf(InvalidInputException.class);
        assertThat(Files.readString(file)).contains("ana = pw-ana,");
        verify(audit, never()).record(any());
    }

    @Test
    void noOneButAnAdminChangesAnotherUsersPassword() {
        PlatformUser ion = new PlatformUser("ion", Set.of("coordinator"));

        assertThatThrownBy(() -> users.changePassword("ana", "noua-parola-ana-1", "whatever-123", ion))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void aReadOnlyRealmAnswersConflictToEveryChange() {
        RealmUserDirectory ldap = new RealmUserDirectory(new FileRealm(file, LoginModuleKind.LDAP), audit, authenticator);

        assertThat(ldap.writable()).isFalse();
        assertThat(ldap.list()).hasSize(3);
        assertThatThrownBy(() -> ldap.create("maria", "parola-destul-de-lunga", List.of("staff")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.detail().ro).contains("LDAP");
                    assertThat(e.detail().en).contains("LDAP");
                });
        assertThatThrownBy(() -> ldap.setRoles("ana", List.of("staff"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ldap.changePassword("ana", "noua-parola-ana-1", null, ADMIN))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ldap.delete("ana")).isInstanceOf(ConflictException.class);
        verify(audit, never()).record(any());
    }
}
