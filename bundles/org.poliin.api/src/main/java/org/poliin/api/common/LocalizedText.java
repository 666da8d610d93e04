package org.poliin.api.common;

import java.util.Locale;
import java.util.Objects;

import org.osgi.dto.DTO;

/**
 * A text that a person reads, in Romanian and in English. Every name, label and message of the
 * platform is given in both languages.
 */
public class LocalizedText extends DTO {

    /** The Romanian text, with its diacritics (ă â î ș ț). */
    public String ro;

    /** The English text. */
    public String en;

    public static LocalizedText of(String ro, String en) {
        LocalizedText text = new LocalizedText();
        text.ro = Objects.requireNonNull(ro, "ro");
        text.en = Objects.requireNonNull(en, "en");
        return text;
    }

    /** The text in the language of {@code locale}: Romanian for {@code ro}, English otherwise. */
    public String in(Locale locale) {
        return locale != null && "ro".equals(locale.getLanguage()) ? ro : en;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that && Objects.equals(ro, that.ro) && Objects.equals(en, that.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ro, en);
    }
}
