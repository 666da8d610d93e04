package org.poliin.api.module;

import java.util.regex.Pattern;

/** The rule for module ids, shared by the platform and the modules' own checks. */
public final class ModuleIds {

    /** Lower case letters, digits and dashes, starting with a letter, at most 40 characters. */
    public static final Pattern PATTERN = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /** The id of the platform core itself, where a module id is expected (audit entries, privacy records). */
    public static final String CORE = "core";

    private ModuleIds() {
    }

    public static boolean isValid(String id) {
        return id != null && PATTERN.matcher(id).matches();
    }
}
