package org.poliin.core.internal.jpa;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
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

    /** The longest term kept in {@code CORE_SEARCH_TERM.TERM}; longer words are cut to it, and so are the words searched. */
    public static final int MAX_TERM = 40;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * The search terms of a record: the words of its folded search text, split at every character that
     * is neither a letter nor a digit ("Cluj-Napoca" gives "cluj" and "napoca", "ana.pop@x.ro" gives
     * "ana", "pop", "x" and "ro"), each cut to {@link #MAX_TERM} characters, without repeats, in order.
     */
    public static Set<String> terms(String searchText) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : NOT_WORD.split(fold(searchText))) {
            if (!word.isEmpty()) {
                terms.add(word.length() > MAX_TERM ? word.substring(0, MAX_TERM) : word);
            }
        }
        return terms;
    }

    /** The words of a query for the term search, split and cut as {@link #terms} splits a record's. */
    public static List<String> queryTerms(String query) {
        return List.copyOf(terms(query));
    }

    /** Escapes LIKE wildcards in a word and matches the words that begin with it; use with {@code ESCAPE '\'}. */
    public static String likePrefix(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
