package org.poliin.core.internal.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsRomanianDiacriticsInBothSpellings() {
        assertThat(SearchText.fold("Ștefan Țurcanu din Sânnicolau Mare, Bălți, Însurăței"))
                .isEqualTo("stefan turcanu din sannicolau mare, balti, insuratei");
        // the older cedilla letters fold the same way as the comma-below ones
        assertThat(SearchText.fold("Ştefan Ţurcanu")).isEqualTo("stefan turcanu");
    }

    @Test
    void joinsFieldsAndSkipsEmptyOnes() {
        assertThat(SearchText.of("  Ana  ", null, "", "POP")).isEqualTo("ana pop");
    }

    @Test
    void termsAreTheFoldedWordsSplitAtEveryOtherCharacterOnceEachAndCut() {
        assertThat(SearchText.terms("Ștefania-Maria  ȚĂRANU s.taranu@exemplu.ro Liceul „Sfântul Nicolae” nr. 2"))
                .containsExactly("stefania", "maria", "taranu", "s", "exemplu", "ro", "liceul", "sfantul", "nicolae",
                        "nr", "2");
        assertThat(SearchText.terms("a".repeat(60))).containsExactly("a".repeat(SearchText.MAX_TERM));
        assertThat(SearchText.terms(" - ; ")).isEmpty();
        assertThat(SearchText.terms(null)).isEmpty();
        assertThat(SearchText.queryTerms("  Liceul   Tehnologic liceul")).containsExactly("liceul", "tehnologic");
    }

    @Test
    void escapesLikeWildcardsOfAPrefix() {
        assertThat(SearchText.likePrefix("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b%");
    }
}
