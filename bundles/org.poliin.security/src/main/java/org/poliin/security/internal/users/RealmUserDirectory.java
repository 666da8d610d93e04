package org.poliin.security.internal.users;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.audit.AuditRecord;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.AccessDeniedException;
import org.poliin.api.errors.ConflictException;
import org.poliin.api.errors.FieldViolation;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.errors.RecordNotFoundException;
import org.poliin.api.security.PlatformUser;
import org.poliin.api.security.Roles;
import org.poliin.security.internal.auth.AuthOutcome;
import org.poliin.security.internal.auth.Authenticator;
import org.poliin.security.internal.auth.PrincipalRoles;
import org.poliin.security.internal.realm.LoginModuleKind;
import org.poliin.security.internal.realm.RealmAccess;

/**
 * Users through Karaf's backing engine of the realm: the same engine, with the same hashing options, that
 * the shell's {@code jaas:*} commands use, opened afresh for each call so that their changes are seen.
 * Changes are serialized by this component; each is written to the audit log after it is made and drops
 * the user's cached login.
 */
@Component(service = UserDirectory.class)
public final class RealmUserDirectory implements UserDirectory {

    private static final String MODULE = "core";
    private static final String ENTITY = "user";
    private static final LocalizedText USER = LocalizedText.of("utilizator", "user");
    /** Characters that mean something in an LDAP filter; Karaf puts the name into one unescaped. */
    private static final String FILTER_CHARACTERS = "*()\\\0";

    static final LocalizedText READ_ONLY = LocalizedText.of(
            "Utilizatorii acestei instalări sunt administrați într-un director extern (de exemplu LDAP) și nu pot fi "
                    + "modificați din platformă. Cereți administratorului directorului schimbarea.",
            "The users of this installation are managed in an external directory (such as LDAP) and cannot be "
                    + "changed through the platform. Ask the directory's administrator for the change.");
    static final LocalizedText NO_STORE = LocalizedText.of(
            "Modulul de autentificare configurat nu are o evidență a utilizatorilor pe care platforma să o poată citi.",
            "The configured login module has no user store that the platform can read.");

    private final RealmAccess realm;
    private final AuditLog audit;
    private final Authenticator authenticator;
    /** One change at a time: each reads the store, decides (last admin) and writes it back. */
    private final Object writeLock = new Object();

    @Activate
    public RealmUserDirectory(@Reference RealmAccess realm, @Reference AuditLog audit,
            @Reference Authenticator authenticator) {
        this.realm = realm;
        this.audit = audit;
        this.authenticator = authenticator;
    }

    @Override
    public boolean writable() {
        return realm.writable();
    }

    @Override
    public List<UserView> list() {
        BackingEngine engine = engine();
        List<UserView> users = new ArrayList<>();
        for (UserPrincipal user : engine.listUsers()) {
            users.add(new UserView(user.getName(), roles(engine, user.getName())));
        }
        users.sort(Comparator.comparing(UserView::name));
        return users;
    }

    @Override
    public UserView get(String name) {
        BackingEngine engine = engine();
        requireExisting(engine, name);
        return new UserView(name, roles(engine, name));
    }

    @Override
    public boolean hasAdmin() {
        return adminCount(engine()) > 0;
    }

    @Override
    public UserView create(String name, String password, Collection<String> roles) {
        UserRules.require(UserRules.nameViolations(name), UserRules.passwordViolations("password", name, password),
                UserRules.roleViolations(roles));
        Set<String> wanted = PrincipalRoles.onlyPlatformRoles(roles);
        synchronized (writeLock) {
            BackingEngine engine = writableEngine();
            if (exists(engine, name)) {
                throw new ConflictException(LocalizedText.of(
                        "Există deja un utilizator cu numele " + name + ".",
                        "A user named " + name + " already exists."));
            }
            engine.addUser(name, password);
            for (String role : wanted) {
                engine.addRole(name, role);
            }
            authenticator.invalidate(name);
            UserView created = verify(name, wanted);
            audit.record(AuditRecord.of(MODULE, "user.create", ENTITY, name).withDetail(rolesDetail(wanted)));
            return created;
        }
    }

    @Override
    public UserView setRoles(String name, Collection<String> roles) {
        UserRules.require(UserRules.roleViolations(roles));
        Set<String> wanted = PrincipalRoles.onlyPlatformRoles(roles);
        synchronized (writeLock) {
            BackingEngine engine = writableEngine();
            requireExisting(engine, name);
            Set<String> current = roles(engine, name);
            Set<String> fromGroups = groupRoles(engine, name);
            fromGroups.removeAll(wanted);
            if (!fromGroups.isEmpty()) {
                throw new ConflictException(LocalizedText.of(
                        "Rolurile " + fromGroups + " vin dintr-un grup al utilizatorului " + name
                                + "; schimbați grupul în consola Karaf (jaas:group-*).",
                        "The roles " + fromGroups + " come from a group of user " + name
                                + "; change the group in the Karaf shell (jaas:group-*)."));
            }
            if (current.contains(Roles.ADMIN) && !wanted.contains(Roles.ADMIN) && adminCount(engine) <= 1) {
                throw lastAdmin(name);
            }
            for (String role : current) {
                if (!wanted.contains(role)) {
                    engine.deleteRole(name, role);
                }
            }
            for (String role : wanted) {
                if (!current.contains(role)) {
                    engine.addRole(name, role);
                }
            }
            authenticator.invalidate(name);
            UserView changed = verify(name, wanted);
            audit.record(AuditRecord.of(MODULE, "user.roles.update", ENTITY, name).withDetail(rolesDetail(wanted)));
            return changed;
        }
    }

    @Override
    public void changePassword(String name, String newPassword, String currentPassword, PlatformUser caller) {
        boolean self = caller != null && caller.name().equals(name);
        if (!self && (caller == null || !caller.hasRole(Roles.ADMIN))) {
            throw new AccessDeniedException(LocalizedText.of(
                    "Vă puteți schimba doar propria parolă; parola altui utilizator o schimbă un administrator.",
                    "You may change only your own password; an administrator changes another user's."));
        }
        List<FieldViolation> violations = new ArrayList<>(UserRules.passwordViolations("password", name, newPassword));
        if (self && (currentPassword == null || currentPassword.isEmpty())) {
            violations.add(FieldViolation.of("currentPassword", LocalizedText.of(
                    "este obligatorie când vă schimbați propria parolă",
                    "is required to change your own password")));
        } else if (self && currentPassword.equals(newPassword)) {
            violations.add(FieldViolation.of("password", LocalizedText.of(
                    "trebuie să difere de parola curentă", "must differ from the current password")));
        }
        UserRules.require(violations);
        synchronized (writeLock) {
            BackingEngine engine = writableEngine();
            requireExisting(engine, name);
            if (self && !(authenticator.authenticate(name, currentPassword) instanceof AuthOutcome.Authenticated)) {
                throw InvalidInputException.of("currentPassword",
                        LocalizedText.of("nu este corectă", "is not correct"));
            }
            if (realm.kind() == LoginModuleKind.PROPERTIES) {
                // Karaf's properties engine replaces the hash of an existing user and keeps the roles.
                engine.addUser(name, newPassword);
            } else {
                // Other engines only insert: re-create the user with every role it had (not only platform ones).
                List<String> allRoles = engine.listRoles(new UserPrincipal(name)).stream().map(Principal::getName).toList();
                engine.deleteUser(name);
                engine.addUser(name, newPassword);
                allRoles.forEach(role -> engine.addRole(name, role));
            }
            authenticator.invalidate(name);
            audit.record(AuditRecord.of(MODULE, "user.password.change", ENTITY, name)
                    .withDetail(self ? "by the user" : "by an administrator"));
        }
    }

    @Override
    public void delete(String name) {
        synchronized (writeLock) {
            BackingEngine engine = writableEngine();
            requireExisting(engine, name);
            if (roles(engine, name).contains(Roles.ADMIN) && adminCount(engine) <= 1) {
                throw lastAdmin(name);
            }
            engine.deleteUser(name);
            authenticator.invalidate(name);
            if (exists(freshEngine(), name)) {
                throw new IllegalStateException("The realm did not store the deletion of user " + name + "; see the log");
            }
            audit.record(AuditRecord.of(MODULE, "user.delete", ENTITY, name));
        }
    }

    private static ConflictException lastAdmin(String name) {
        return new ConflictException(LocalizedText.of(
                name + " este singurul administrator: numiți întâi alt administrator.",
                name + " is the only administrator: make another user an administrator first."));
    }

    private BackingEngine engine() {
        if (realm.kind() == LoginModuleKind.OTHER) {
            throw new ConflictException(NO_STORE);
        }
        return freshEngine();
    }

    private BackingEngine writableEngine() {
        if (!realm.writable()) {
            throw new ConflictException(realm.kind() == LoginModuleKind.OTHER ? NO_STORE : READ_ONLY);
        }
        return freshEngine();
    }

    private BackingEngine freshEngine() {
        return realm.engine().orElseThrow(() -> new IllegalStateException(
                "The user store of realm " + realm.name() + " cannot be opened; see the log"));
    }

    /** Reads the change back from a new engine: Karaf's properties engine logs a failed save but does not throw. */
    private UserView verify(String name, Set<String> expectedRoles) {
        BackingEngine engine = freshEngine();
        if (!exists(engine, name) || !roles(engine, name).equals(expectedRoles)) {
            throw new IllegalStateException("The realm did not store the change of user " + name + "; see the log");
        }
        return new UserView(name, expectedRoles);
    }

    private static void requireExisting(BackingEngine engine, String name) {
        if (!exists(engine, name)) {
            throw RecordNotFoundException.of(USER, name);
        }
    }

    private static boolean exists(BackingEngine engine, String name) {
        if (name == null || name.isEmpty() || name.chars().anyMatch(c -> FILTER_CHARACTERS.indexOf(c) >= 0
                || Character.isISOControl(c)) || name.startsWith(BackingEngine.GROUP_PREFIX)) {
            return false;
        }
        return engine.lookupUser(name) != null;
    }

    /** The user's platform roles, including those a group gives (Karaf's engine expands groups). */
    private static Set<String> roles(BackingEngine engine, String name) {
        List<String> names = new ArrayList<>();
        for (RolePrincipal role : engine.listRoles(new UserPrincipal(name))) {
            names.add(role.getName());
        }
        return PrincipalRoles.onlyPlatformRoles(names);
    }

    /** The platform roles the user has through groups; empty where the engine knows no groups. */
    private static Set<String> groupRoles(BackingEngine engine, String name) {
        Set<String> names = new LinkedHashSet<>();
        try {
            for (GroupPrincipal group : engine.listGroups(new UserPrincipal(name))) {
                for (RolePrincipal role : engine.listRoles(group)) {
                    names.add(role.getName());
                }
            }
        } catch (RuntimeException noGroups) {
            // JDBC and LDAP engines may not support groups: then no role comes from one.
        }
        return PrincipalRoles.onlyPlatformRoles(names);
    }

    private static int adminCount(BackingEngine engine) {
        int admins = 0;
        for (UserPrincipal user : engine.listUsers()) {
            if (roles(engine, user.getName()).contains(Roles.ADMIN)) {
                admins++;
            }
        }
        return admins;
    }

    private static String rolesDetail(Set<String> roles) {
        return "roles=" + String.join(",", roles);
    }
}
