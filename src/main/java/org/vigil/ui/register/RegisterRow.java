package org.vigil.ui.register;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.vigil.domain.register.EntryKind;
import org.vigil.domain.register.RegisterEntry;
import org.vigil.service.DrugRegister;

/**
 * One line of a book as the register screen shows it: the entry with its balances and
 * signatures, and the entry that corrects it, if any (CD-1: a correction and the entry it
 * corrects point at each other).
 */
record RegisterRow(DrugRegister.Line line, Optional<Long> correctedBy) {

    /** What makes a line stand out; each is said in words on the line, never by colour alone. */
    enum Mark {
        /** An administration or a waste the prescriber has not signed in their log yet. */
        AWAITING_PRESCRIBER,
        /** SIG-3: the entry no longer reads as it did when a signature was given. */
        SIGNATURES_BROKEN,
        /** CD-1: this entry reverses another. */
        CORRECTION,
        /** CD-1: another entry reverses this one. */
        CORRECTED
    }

    long id() {
        return line.entry().id();
    }

    RegisterEntry entry() {
        return line.entry();
    }

    Optional<Long> corrects() {
        return line.entry().content().corrects();
    }

    Set<Mark> marks() {
        Set<Mark> marks = EnumSet.noneOf(Mark.class);
        if (line.awaitsPrescriber()) {
            marks.add(Mark.AWAITING_PRESCRIBER);
        }
        if (!line.signaturesHold()) {
            marks.add(Mark.SIGNATURES_BROKEN);
        }
        if (entry().kind() == EntryKind.CORRECTION) {
            marks.add(Mark.CORRECTION);
        }
        if (correctedBy.isPresent()) {
            marks.add(Mark.CORRECTED);
        }
        return marks;
    }

    /** CD-1: a correction is never corrected itself, and an entry only once. */
    boolean correctable() {
        return entry().kind() != EntryKind.CORRECTION && correctedBy.isEmpty();
    }
}
