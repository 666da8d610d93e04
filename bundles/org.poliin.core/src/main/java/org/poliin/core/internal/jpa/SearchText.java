package org.poliin.core.internal.jpa;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Folds text for searching: lower case, without diacritics, single spaces. "Ștefan Țurcanu" and
 * "stefan turcanu" fold alike, so a search typed without diacritics still finds the person.
 * Stored in a {@code SEARCH_TEXT} column next to the original, which keeps its diacritics.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        // The old cedilla forms (ş ţ) decompose like the comma forms (ș ț): both fold to s and t.
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The folded words of several fields, joined, for the search column. */
    public static String of(String... fields) {
        return Arrays.stream(fields).filter(Objects::nonNull).map(SearchText::fold).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
    }

    /** The folded words of a query, each to be matched with {@code LIKE %word%}. */
    public static List<String> words(String query) {
        String folded = fold(query);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    /** Escapes LIKE wildcards in a word; use with {@code ESCAPE '\'}. */
    public static String likeContains(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
