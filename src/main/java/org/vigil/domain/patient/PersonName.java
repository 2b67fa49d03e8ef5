package org.vigil.domain.patient;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A patient's name as two parts, so that Chinese (family name first) and Western (given name
 * first) orders are both printed correctly; the order is the screen's concern.
 */
public record PersonName(String family, String given) {

    public PersonName {
        family = family == null ? "" : family.strip();
        given = given == null ? "" : given.strip();
    }

    /**
     * The name as compared for duplicates: Unicode-normalised (full-width letters become
     * ordinary ones), case-folded, runs of spaces made one.
     */
    static String comparable(String part) {
        String normal = Normalizer.normalize(part, Normalizer.Form.NFKC);
        return normal.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * Same person's name, also when family and given name were typed into each other's boxes
     * (a common slip when a Chinese name is entered on an English form or the other way round).
     */
    public boolean sameAs(PersonName other) {
        String f = comparable(family);
        String g = comparable(given);
        String of = comparable(other.family);
        String og = comparable(other.given);
        return (f.equals(of) && g.equals(og)) || (f.equals(og) && g.equals(of));
    }
}
