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
        assertThat(SearchText.words("  Liceul   Tehnologic ")).containsExactly("liceul", "tehnologic");
        assertThat(SearchText.words("   ")).isEmpty();
    }

    @Test
    void escapesLikeWildcards() {
        assertThat(SearchText.likeContains("50%_a\\b")).isEqualTo("%50\\%\\_a\\\\b%");
    }
}
