package org.vigil.domain.patient;

import java.util.List;

/**
 * The allergy record: either "no known allergies" was confirmed, or allergies are listed, or
 * nobody has asked yet (both false/empty), which the header shows as a flag of its own.
 * Hypersensitivity to esketamine or ketamine is recorded on the {@link Screening} (PAT-1).
 */
public record Allergies(boolean noneKnown, List<Allergy> entries) {

    public static final Allergies NOT_RECORDED = new Allergies(false, List.of());
    public static final Allergies NONE_KNOWN = new Allergies(true, List.of());

    public Allergies {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    public static Allergies of(Allergy... allergies) {
        return new Allergies(false, List.of(allergies));
    }

    public boolean recorded() {
        return noneKnown || !entries.isEmpty();
    }

    public boolean any() {
        return !entries.isEmpty();
    }
}
