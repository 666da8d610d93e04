package org.poliin.core.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.core.HttpHeaders;

import org.junit.jupiter.api.Test;

class IndicatorsResourceTest {

    private static Locale languageFor(Locale... preferred) {
        HttpHeaders headers = mock(HttpHeaders.class);
        when(headers.getAcceptableLanguages()).thenReturn(List.of(preferred));
        return IndicatorsResource.language(headers);
    }

    @Test
    void theCsvSpeaksTheFirstPreferredLanguageThePlatformKnows() {
        assertThat(languageFor(Locale.FRENCH, Locale.forLanguageTag("ro"))).isEqualTo(Locale.forLanguageTag("ro"));
        assertThat(languageFor(Locale.forLanguageTag("mo"))).isEqualTo(Locale.forLanguageTag("ro"));
        assertThat(languageFor(Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("ro"))).isEqualTo(Locale.ENGLISH);
        assertThat(languageFor(Locale.GERMAN)).isEqualTo(Locale.ENGLISH);
        assertThat(languageFor()).isEqualTo(Locale.ENGLISH);
    }
}
