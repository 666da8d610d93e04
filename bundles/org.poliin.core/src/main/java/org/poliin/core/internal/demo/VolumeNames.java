package org.poliin.core.internal.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/** Romanian names, places and counties for generated data. */
final class VolumeNames {

    static final List<String> GIVEN = List.of("Ana", "Andreea", "Ioana", "Maria", "Elena", "Alexandra", "Bianca",
            "Cristina", "Diana", "Larisa", "Mădălina", "Ștefania", "Irina", "Oana", "Raluca", "Teodora", "Alexandru",
            "Andrei", "Bogdan", "Călin", "Cristian", "Daniel", "Florin", "Gheorghe", "Ion", "Mihai", "Nicolae",
            "Radu", "Răzvan", "Ștefan", "Tudor", "Vlad", "Costel", "Ilie", "Sorin", "Dănuț");
    static final List<String> FAMILY = List.of("Popescu", "Ionescu", "Popa", "Pop", "Radu", "Dumitru", "Stan",
            "Stoica", "Gheorghe", "Matei", "Ciobanu", "Munteanu", "Constantin", "Moldovan", "Lungu", "Mureșan",
            "Țurcanu", "Bălan", "Căpraru", "Roșu", "Neagu", "Marinescu", "Tănase", "Sârbu", "Ungureanu", "Dragomir",
            "Vasilescu", "Oprea", "Lazăr", "Șerban", "Ilie", "Păunescu", "Nistor", "Zăvoianu");
    static final List<String> COUNTIES = List.of("Alba", "Arad", "Argeș", "Bacău", "Bihor", "Bistrița-Năsăud",
            "Botoșani", "Brașov", "Brăila", "Buzău", "Caraș-Severin", "Călărași", "Cluj", "Constanța", "Covasna",
            "Dâmbovița", "Dolj", "Galați", "Giurgiu", "Gorj", "Harghita", "Hunedoara", "Ialomița", "Iași", "Ilfov",
            "Maramureș", "Mehedinți", "Mureș", "Neamț", "Olt", "Prahova", "Satu Mare", "Sălaj", "Sibiu", "Suceava",
            "Teleorman", "Timiș", "Tulcea", "Vaslui", "Vâlcea", "Vrancea", "București");
    static final List<String> PLACE_STEMS = List.of("Valea", "Dealu", "Poiana", "Izvoru", "Fântâna", "Lunca",
            "Piatra", "Câmpu", "Satu", "Târgu", "Râmnicu", "Băile", "Măgura", "Ciocănești", "Brădet");
    static final List<String> PLACE_TAILS = List.of("Mare", "Mic", "Nou", "Vechi", "Sărat", "Frumos", "Roșu",
            "Verde", "Lung", "Înalt", "de Sus", "de Jos", "Dulce", "Strâmb");
    static final List<String> PATRONS = List.of("Mihai Eminescu", "Ion Creangă", "Nicolae Bălcescu",
            "George Coșbuc", "Octavian Goga", "Lucian Blaga", "Tudor Vladimirescu", "Ștefan cel Mare",
            "Mihai Viteazul", "Alexandru Ioan Cuza", "Emil Racoviță", "Grigore Moisil", "Spiru Haret");

    private VolumeNames() {
    }

    static String pick(List<String> values, RandomGenerator random) {
        return values.get(random.nextInt(values.size()));
    }

    /** A person's e-mail from the name and a unique number, without diacritics. */
    static String email(String given, String family, long number) {
        return (ascii(given) + "." + ascii(family) + "." + number + "@exemplu.ro").toLowerCase(java.util.Locale.ROOT);
    }

    static String ascii(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace(' ', '-');
    }
}
