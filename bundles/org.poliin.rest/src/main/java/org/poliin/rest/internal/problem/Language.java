package org.poliin.rest.internal.problem;

import java.util.List;
import java.util.Locale;

/** The two languages of the platform, and how a request picks one. */
public final class Language {

    public static final Locale RO = Locale.forLanguageTag("ro");
    public static final Locale EN = Locale.ENGLISH;

    private Language() {
    }

    /**
     * Romanian when the caller prefers it to English, English otherwise. {@code acceptable} is the
     * Accept-Language list in the caller's order of preference (JAX-RS sorts it by quality); languages
     * the platform does not speak are skipped, so {@code fr, ro;q=0.5} gives Romanian.
     */
    public static Locale choose(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale locale : acceptable) {
                String language = locale.getLanguage();
                if ("ro".equalsIgnoreCase(language) || "mo".equalsIgnoreCase(language)) {
                    return RO;
                }
                if ("en".equalsIgnoreCase(language) || "*".equals(language)) {
                    return EN;
                }
            }
        }
        return EN;
    }

    /** The language tag for {@code Content-Language}. */
    public static String tag(Locale locale) {
        return isRomanian(locale) ? "ro" : "en";
    }

    public static boolean isRomanian(Locale locale) {
        return locale != null && "ro".equals(locale.getLanguage());
    }
}
