package org.poliin.security.internal.auth;

/** Cleans the value of header {@code X-Poliin-Reason} before it goes to the audit log. */
public final class Reasons {

    /** The longest reason kept; a longer one is cut. */
    public static final int MAX_LENGTH = 500;

    private Reasons() {
    }

    /**
     * The reason trimmed, with control characters (line breaks that could forge audit or log lines) turned
     * into spaces, and cut to {@value #MAX_LENGTH} characters without splitting a surrogate pair.
     *
     * @return the reason, or null when none was stated
     */
    public static String normalize(String header) {
        if (header == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            clean.append(Character.isISOControl(c) ? ' ' : c);
        }
        String reason = clean.toString().strip();
        if (reason.length() > MAX_LENGTH) {
            int end = Character.isHighSurrogate(reason.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            reason = reason.substring(0, end).strip();
        }
        return reason.isEmpty() ? null : reason;
    }
}
