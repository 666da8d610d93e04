package org.poliin.security.internal.auth;

/** Makes text sent by clients safe to put in a log line. */
public final class LogText {

    private static final int MAX = 100;

    private LogText() {
    }

    /** Control characters replaced (no forged log lines), cut to a sane length. */
    public static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder result = new StringBuilder(Math.min(text.length(), MAX + 1));
        for (int i = 0; i < text.length() && result.length() < MAX; i++) {
            char c = text.charAt(i);
            result.append(Character.isISOControl(c) ? '?' : c);
        }
        if (text.length() > MAX) {
            result.append('…');
        }
        return result.toString();
    }

    /** The first line of a message; JAAS wraps unexpected module failures with their whole stack trace. */
    public static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
