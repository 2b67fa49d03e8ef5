package org.vigil.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openpdf.text.Font;
import org.vigil.domain.register.EntryDraft;
import org.vigil.domain.register.EntryKind;
import org.vigil.domain.register.RegisterColumn;
import org.vigil.domain.register.RegisterEntry;
import org.vigil.domain.register.RegisterLayout;
import org.vigil.domain.register.RegisterPrintout;

/** What one entry prints in each column of the layout (CD-7), in the reader's language. */
final class EntryCells {

    private static final String DASH = "—";

    private final Lettering type;
    private final PrintFormats formats;
    private final Wording words;
    private final RegisterLayout layout;

    EntryCells(Lettering type, PrintFormats formats, Wording words, RegisterLayout layout) {
        this.type = type;
        this.formats = formats;
        this.words = words;
        this.layout = layout;
    }

    /** The text of a column; a number is right-aligned. */
    RuledTable.Cell cell(RegisterColumn column, RegisterPrintout.Line line) {
        RegisterEntry entry = line.entry();
        EntryDraft e = entry.content();
        return switch (column) {
            case NUMBER -> number(String.valueOf(entry.id()));
            case DATE -> left(date(entry));
            case SUMMARY -> left(summary(line));
            case COUNTERPARTY -> left(counterparty(e));
            // The expiry as YYYY-MM-DD, the form Vigil takes it in from the pack: short enough to stay on the lot's second line.
            case LOT -> left(List.of(line(e.lot(), type.body), line(words.get("print.register.expiry", e.expiry().toString()), type.muted)));
            case RECEIVED -> number(e.units() > 0 ? units(e.units()) : "");
            case ISSUED -> number(e.units() < 0 ? units(-e.units()) : "");
            case QUANTITY -> number(quantity(e));
            case BALANCE -> number(units(line.book().productBalance()));
            case LOT_BALANCE -> number(units(line.book().lotBalance()));
            case PATIENT -> left(e.patient().map(p -> List.of(line(p.name(), type.body),
                    line(words.get("print.register.idNumber", p.idNumber()), type.muted))).orElse(plain(DASH)));
            case PRESCRIBER -> left(plain(e.prescriber().map(p -> p.name()).orElse(DASH)));
            case SIGNATURES -> left(signatures(line));
        };
    }

    private List<Run> date(RegisterEntry entry) {
        List<Run> parts = new ArrayList<>(List.of(line(formats.date(entry.content().at()), type.body),
                line(formats.time(entry.content().at()), type.body)));
        if (!formats.day(entry.recordedAt()).equals(formats.day(entry.content().at()))) {
            // A correction's right entry keeps its transaction's date but is written, and printed, on the day of the correction.
            parts.add(line(words.get("print.register.enteredOn", formats.date(entry.recordedAt())), type.muted));
        }
        return parts;
    }

    private List<Run> summary(RegisterPrintout.Line line) {
        EntryDraft e = line.entry().content();
        List<Run> parts = new ArrayList<>();
        parts.add(line(words.get("print.register.kind." + e.kind()), type.bold));
        switch (e.kind()) {
            case RECEIPT -> {
                if (!layout.columns().contains(RegisterColumn.COUNTERPARTY)) {
                    parts.add(line(words.get("print.register.from", e.counterparty()), type.body));
                }
                if (!e.reference().isEmpty()) {
                    parts.add(line(words.get("print.register.reference", e.reference()), type.body));
                }
            }
            case ADMINISTRATION -> e.sessionId().ifPresent(s -> parts.add(line(words.get("print.register.session", String.valueOf(s)), type.body)));
            case WASTE -> parts.add(line(words.get("print.register.method", e.method()), type.body));
            case CORRECTION -> e.corrects().ifPresent(c -> parts.add(line(words.get("print.register.reverses", String.valueOf(c)), type.alert)));
        }
        dose(e).ifPresent(d -> parts.add(line(d, type.body)));
        e.replaces().ifPresent(r -> parts.add(line(words.get("print.register.replaces", String.valueOf(r)), type.alert)));
        if (!e.givenReason().isEmpty()) {
            parts.add(line(words.get("print.register.reason", e.givenReason()), type.body));
        }
        line.correctedBy().ifPresent(c -> parts.add(line(words.get("print.register.correctedBy", String.valueOf(c)), type.alert)));
        return parts;
    }

    private List<Run> counterparty(EntryDraft e) {
        if (e.kind() == EntryKind.RECEIPT || (e.kind() == EntryKind.CORRECTION && !e.counterparty().isEmpty())) {
            return plain(e.counterparty().isEmpty() ? DASH : e.counterparty());
        }
        return e.patient().map(p -> List.of(line(p.name(), type.body),
                line(words.get("print.register.idNumber", p.idNumber()), type.muted))).orElse(plain(DASH));
    }

    private String quantity(EntryDraft e) {
        String signed = (e.units() > 0 ? "+" : e.units() < 0 ? "-" : "") + units(Math.abs(e.units()));
        return dose(e).map(d -> signed + "\n" + d).orElse(signed);
    }

    /** The mg and mL an entry is about, when it is not whole units. */
    private Optional<String> dose(EntryDraft e) {
        if (e.mg().isEmpty()) {
            return Optional.empty();
        }
        String mg = words.get("print.register.mg", formats.amount(e.mg().get()));
        return Optional.of(e.ml().map(ml -> mg + " / " + words.get("print.register.ml", formats.amount(ml))).orElse(mg));
    }

    /** SIG-1: name, date and time with zone, and meaning; SIG-3: a signature that no longer holds says so, in red. */
    private List<Run> signatures(RegisterPrintout.Line line) {
        List<Run> parts = new ArrayList<>();
        for (RegisterPrintout.Signature s : line.signatures()) {
            parts.add(line(words.get("print.register.signature", words.get("register.meaning." + s.signature().meaning()),
                    s.signature().signer().name(), formats.moment(s.signature().at())), type.body));
            if (!s.holds()) {
                parts.add(line(words.get("print.register.signatureBroken"), type.alert));
            }
        }
        return parts.isEmpty() ? plain(DASH) : parts;
    }

    private String units(int n) {
        return formats.units(n);
    }

    private Run line(String text, Font font) {
        return type.run(text, font);
    }

    private List<Run> plain(String text) {
        return List.of(line(text, type.body));
    }

    private RuledTable.Cell left(List<Run> text) {
        return RuledTable.Cell.left(text);
    }

    private RuledTable.Cell number(String text) {
        return RuledTable.Cell.right(line(text, type.body));
    }
}
