package org.vigil.domain;

import java.util.Locale;

/**
 * A language Vigil prints and speaks in. The clinic has one (system setting {@code clinic.language});
 * a patient may read another, and their discharge advice is printed in it (DIS-3).
 */
public enum Language {
    EN(Locale.ENGLISH),
    ZH_CN(Locale.SIMPLIFIED_CHINESE);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The stored name back; an unknown or missing one is empty, so a hand-edited row cannot stop a replay. */
    public static java.util.Optional<Language> of(String stored) {
        if (stored == null || stored.isBlank()) {
            return java.util.Optional.empty();
        }
        for (Language l : values()) {
            if (l.name().equals(stored.strip())) {
                return java.util.Optional.of(l);
            }
        }
        return java.util.Optional.empty();
    }
}
