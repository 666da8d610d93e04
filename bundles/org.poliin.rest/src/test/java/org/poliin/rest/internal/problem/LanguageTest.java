package org.poliin.rest.internal.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void romanianOnlyWhenPreferredToEnglish() {
        assertThat(Language.choose(List.of(Locale.forLanguageTag("ro-RO")))).isEqualTo(Language.RO);
        assertThat(Language.choose(List.of(Locale.FRENCH, Locale.forLanguageTag("ro")))).isEqualTo(Language.RO);
        assertThat(Language.choose(List.of(Locale.ENGLISH, Locale.forLanguageTag("ro")))).isEqualTo(Language.EN);
        assertThat(Language.choose(List.of(Locale.GERMAN))).isEqualTo(Language.EN);
        assertThat(Language.choose(List.of())).isEqualTo(Language.EN);
        assertThat(Language.choose(null)).isEqualTo(Language.EN);
    }

    @Test
    void contentLanguageTag() {
        assertThat(Language.tag(Language.RO)).isEqualTo("ro");
        assertThat(Language.tag(Locale.forLanguageTag("ro-RO"))).isEqualTo("ro");
        assertThat(Language.tag(Locale.GERMAN)).isEqualTo("en");
    }
}
