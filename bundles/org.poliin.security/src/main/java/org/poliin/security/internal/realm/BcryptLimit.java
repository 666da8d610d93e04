package org.poliin.security.internal.realm;

import java.nio.charset.StandardCharsets;

/**
 * bcrypt reads only the first 72 bytes of a password (UTF-8 here) and ignores the rest, so every password
 * that begins with the same 72 bytes matches one hash (the CVE-2025-22228 class of problem). The platform
 * refuses to set a longer password and never checks one against a bcrypt realm.
 */
public final class BcryptLimit {

    /** 72 ASCII characters, fewer with letters such as "ș" or "ț" (2 bytes each in UTF-8). */
    public static final int MAX_PASSWORD_BYTES = 72;

    private BcryptLimit() {
    }

    /** Whether the password has more than {@value #MAX_PASSWORD_BYTES} bytes in UTF-8. */
    public static boolean tooLong(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES;
    }
}
