package org.vigil.ui.register;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.vigil.domain.register.EntryDraft;
import org.vigil.domain.register.EntryKind;
import org.vigil.domain.register.EntrySignature;
import org.vigil.domain.register.Product;
import org.vigil.domain.register.RegisterEntry;
import org.vigil.service.DrugRegister;
import org.vigil.ui.common.UiContext;

/** The register's entries, signatures and lots in words of the chosen language, as the screens show them. */
final class EntryText {

    /** The minus sign, not a hyphen: a quantity taken reads as one. */
    private static final String MINUS = "\u2212";

    private final UiContext ui;

    EntryText(UiContext ui) {
        this.ui = ui;
    }

    String kind(EntryKind kind) {
        return ui.text("registerScreen.kind." + kind.name());
    }

    String number(long entryId) {
        return "#" + entryId;
    }

    /** When the entry happened, in the clinic's zone. */
    String when(Instant at) {
        return ui.times().dateTime(at);
    }

    /** SIG-1: date, time and zone, so a reader elsewhere knows when it was. */
    String signedAt(Instant at) {
        return ui.times().dateTimeWithZone(at);
    }

    /** A lot's expiry as every screen writes a date: "27 Nov 2026", never the typed form 2026-11-27. */
    String expiry(LocalDate expiry) {
        return ui.times().date(expiry);
    }

    String unitsIn(RegisterEntry e) {
        return e.units() > 0 ? String.valueOf(e.units()) : "";
    }

    String unitsOut(RegisterEntry e) {
        return e.units() < 0 ? String.valueOf(-e.units()) : "";
    }

    /** "+12", "−1": what an entry does to a balance. */
    String signedUnits(int units) {
        return units > 0 ? "+" + units : units < 0 ? MINUS + (-units) : "0";
    }

    /** The drug amount, where the entry names one: "12.5 mg · 0.5 mL". */
    String amount(EntryDraft d) {
        List<String> parts = new ArrayList<>();
        d.mg().ifPresent(mg -> parts.add(plain(mg) + " mg"));
        d.ml().ifPresent(ml -> parts.add(plain(ml) + " mL"));
        return String.join(" · ", parts);
    }

    /** The patient's name and ID-document number (CD-3). */
    String patient(EntryDraft d) {
        return d.patient().map(p -> ui.text("registerScreen.patient", p.name(), p.idNumber())).orElse("");
    }

    /**
     * Supplier and invoice for a receipt, the session for an administration, method and reason for
     * a waste, the reason for a correction or for a loss a count found (CD-6).
     */
    String details(EntryDraft d) {
        return switch (d.kind()) {
            case RECEIPT -> ui.text("registerScreen.details.receipt", d.counterparty(), d.reference());
            case ADMINISTRATION -> d.sessionId().map(s -> ui.text("registerScreen.details.session", String.valueOf(s))).orElse("");
            case WASTE -> ui.text("registerScreen.details.waste", d.method(), d.reason());
            case CORRECTION, LOSS -> ui.text("registerScreen.details.correction", d.reason());
        };
    }

    /** SIG-1: meaning, printed name, date and time with zone; SIG-3: whether it still holds for the entry. */
    String signature(EntrySignature s, RegisterEntry entry) {
        String line = ui.text("registerScreen.signature", ui.text("register.meaning." + s.meaning().name()), s.signer().name(),
                signedAt(s.at()));
        return s.holdsFor(entry) ? line : line + " " + ui.text("registerScreen.signature.broken");
    }

    String signatures(DrugRegister.Line line) {
        return line.signatures().stream().map(s -> signature(s, line.entry())).collect(Collectors.joining("\n"));
    }

    /** Why the line stands out, one reason a line; empty for an ordinary line. */
    String marks(RegisterRow row) {
        List<String> said = new ArrayList<>();
        for (RegisterRow.Mark mark : row.marks()) {
            said.add(switch (mark) {
                case AWAITING_PRESCRIBER -> ui.text("registerScreen.mark.awaiting",
                        row.entry().content().prescriber().map(p -> p.name()).orElse(""));
                case SIGNATURES_BROKEN -> ui.text("registerScreen.mark.broken");
                case CORRECTION -> ui.text("registerScreen.mark.correction", number(row.corrects().orElseThrow()));
                case CORRECTED -> ui.text("registerScreen.mark.corrected", number(row.correctedBy().orElseThrow()));
            });
        }
        return String.join("\n", said);
    }

    /** The selected line in full, one fact a line, for reading what the table's width hides. */
    String detail(RegisterRow row) {
        EntryDraft d = row.entry().content();
        List<String> lines = new ArrayList<>();
        lines.add(ui.text("registerScreen.detail", number(row.id()), kind(d.kind()), when(d.at()), d.lot(), expiry(d.expiry()),
                signedUnits(d.units()), row.line().line().productBalance(), row.line().line().lotBalance()));
        List<String> people = new ArrayList<>();
        d.patient().ifPresent(p -> people.add(ui.text("registerScreen.detail.patient", p.name(), p.idNumber())));
        d.prescriber().ifPresent(p -> people.add(ui.text("registerScreen.detail.prescriber", p.name())));
        people.add(ui.text("registerScreen.detail.enteredBy", d.enteredBy().name()));
        d.witness().ifPresent(w -> people.add(ui.text("registerScreen.detail.witness", w.name())));
        lines.add(String.join(" · ", people));
        String details = details(d);
        if (!details.isEmpty()) {
            lines.add(details.replace("\n", " · "));
        }
        String marks = marks(row);
        if (!marks.isEmpty()) {
            lines.add(marks);
        }
        lines.add(signatures(row.line()));
        return String.join("\n", lines);
    }

    /** "28 mg a device · Nasal spray". */
    String strength(Product p) {
        return ui.text("registerScreen.strength." + p.unit().name(), p.strength(), ui.text("route." + p.route().name()));
    }

    String productState(Product p) {
        return ui.text(p.active() ? "registerScreen.product.active" : "registerScreen.product.retired");
    }

    /** A lot on the stock list: expired, expiring within the setting's days, empty, or in date — always in words. */
    String lotState(DrugRegister.LotLine l, LocalDate today) {
        if (l.lot().units() == 0) {
            return ui.text("registerScreen.stock.empty");
        }
        if (l.expired()) {
            return ui.text("registerScreen.stock.expired");
        }
        if (l.expiresSoon()) {
            return ui.text("registerScreen.stock.expiresSoon", ChronoUnit.DAYS.between(today, l.lot().expiry()));
        }
        return ui.text("registerScreen.stock.inDate");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
