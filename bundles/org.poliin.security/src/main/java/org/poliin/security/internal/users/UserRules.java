package org.poliin.security.internal.users;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.FieldViolation;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.security.Roles;
import org.poliin.security.internal.realm.BcryptLimit;

/**
 * The rules for user names, passwords and roles. The REST input carries the same rules as Bean
 * Validation annotations, but they are enforced here, so every caller (the API, the admin bootstrap) gets
 * them.
 */
public final class UserRules {

    /** A lowercase letter, then 2 to 39 lowercase letters, digits, dots, underscores or hyphens. */
    public static final String NAME_REGEX = "[a-z][a-z0-9._-]{2,39}";
    public static final int MIN_PASSWORD_LENGTH = 12;
    /**
     * bcrypt reads only the first 72 bytes of a password: a longer one is refused, never silently cut
     * (see {@link BcryptLimit}). The limit holds whatever the realm's algorithm, so that a password set
     * today keeps working if the realm is switched to bcrypt.
     */
    public static final int MAX_PASSWORD_BYTES = BcryptLimit.MAX_PASSWORD_BYTES;
    /** {@code system} is the actor of what the platform does by itself: no person may be called so. */
    public static final Set<String> RESERVED_NAMES = Set.of("system");

    private static final Pattern NAME = Pattern.compile(NAME_REGEX);

    private static final LocalizedText REQUIRED = LocalizedText.of("este obligatoriu", "is required");

    private UserRules() {
    }

    public static List<FieldViolation> nameViolations(String name) {
        if (name == null || name.isEmpty()) {
            return List.of(FieldViolation.of("name", REQUIRED));
        }
        if (!NAME.matcher(name).matches()) {
            return List.of(FieldViolation.of("name", LocalizedText.of(
                    "trebuie să înceapă cu o literă mică și să aibă între 3 și 40 de caractere: litere mici, cifre, „.”, „_” sau „-”",
                    "must start with a lowercase letter and have 3 to 40 characters: lowercase letters, digits, '.', '_' or '-'")));
        }
        if (RESERVED_NAMES.contains(name)) {
            return List.of(FieldViolation.of("name", LocalizedText.of(
                    "este rezervat platformei", "is reserved by the platform")));
        }
        return List.of();
    }

    /**
     * @param field the input field that holds the password
     * @param name the user's name, which the password must not equal
     */
    public static List<FieldViolation> passwordViolations(String field, String name, String password) {
        if (password == null || password.isEmpty()) {
            return List.of(FieldViolation.of(field, LocalizedText.of("este obligatorie", "is required")));
        }
        List<FieldViolation> violations = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < MIN_PASSWORD_LENGTH) {
            violations.add(FieldViolation.of(field, LocalizedText.of(
                    "trebuie să aibă cel puțin " + MIN_PASSWORD_LENGTH + " caractere",
                    "must have at least " + MIN_PASSWORD_LENGTH + " characters")));
        }
        if (BcryptLimit.tooLong(password)) {
            violations.add(FieldViolation.of(field, LocalizedText.of(
                    "poate avea cel mult " + MAX_PASSWORD_BYTES + " de octeți în UTF-8 (o literă cu diacritice, "
                            + "ca „ș” sau „ț”, ocupă 2 octeți)",
                    "may have at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8 (a letter with a diacritic, "
                            + "such as 'ș' or 'ț', takes 2 bytes)")));
        }
        if (name != null && password.strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
            violations.add(FieldViolation.of(field, LocalizedText.of(
                    "nu poate fi la fel cu numele de utilizator", "must not be the same as the user name")));
        }
        return violations;
    }

    public static List<FieldViolation> roleViolations(Collection<String> roles) {
        if (roles == null || roles.isEmpty()) {
            return List.of(FieldViolation.of("roles", LocalizedText.of(
                    "trebuie să conțină cel puțin un rol (" + String.join(", ", Roles.ALL) + ")",
                    "must hold at least one role (" + String.join(", ", Roles.ALL) + ")")));
        }
        List<FieldViolation> violations = new ArrayList<>();
        int index = 0;
        for (String role : roles) {
            if (role == null || !Roles.ALL.contains(role)) {
                violations.add(FieldViolation.of("roles[" + index + "]", LocalizedText.of(
                        "nu este un rol al platformei; rolurile sunt: " + String.join(", ", Roles.ALL),
                        "is not a platform role; the roles are: " + String.join(", ", Roles.ALL))));
            }
            index++;
        }
        return violations;
    }

    /** Throws {@link InvalidInputException} listing every violation, if there is any. */
    @SafeVarargs
    public static void require(List<FieldViolation>... groups) {
        List<FieldViolation> all = new ArrayList<>();
        for (List<FieldViolation> group : groups) {
            all.addAll(group);
        }
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
    }
}
