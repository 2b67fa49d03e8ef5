package org.vigil.ui.register;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.register.EntryDraft;
import org.vigil.domain.register.EntryKind;
import org.vigil.domain.register.RegisterEntry;
import org.vigil.service.DrugRegister;
import org.vigil.service.Services;
import org.vigil.ui.common.UiContext;

/**
 * The correction dialog without its controls (CD-1): the wrong entry is never changed. A
 * correction that reverses it, linked to it, is written with the reason and, when the user gives
 * them, the right lot, expiry and quantity as a new entry of the same kind. The form says before
 * sending which entries will be written; both stay visible in the book.
 */
final class CorrectionForm extends RegisterForm<CorrectionForm.Field, List<RegisterEntry>> {

    enum Field { REASON, LOT, EXPIRY, QUANTITY }

    final StringProperty reason = typed();
    /** Whether the right entry is written after the reversal. */
    final BooleanProperty replace = new SimpleBooleanProperty(true);
    final StringProperty lot = typed();
    final StringProperty expiry = typed();
    final StringProperty quantity = typed();

    private final Services services;
    private final Supplier<Actor> actor;
    private final RegisterEntry wrong;
    private final EntryText words;
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper();

    CorrectionForm(Services services, UiContext ui, Supplier<Actor> actor, RegisterEntry wrong) {
        super(ui, Field.class);
        this.services = services;
        this.actor = actor;
        this.wrong = wrong;
        this.words = new EntryText(ui);
        EntryDraft was = wrong.content();
        lot.set(was.lot());
        expiry.set(was.expiry().toString());
        quantity.set(String.valueOf(Math.abs(was.units())));
        for (Observable typed : List.<Observable>of(replace, lot, expiry, quantity)) {
            typed.addListener(o -> preview.set(describe()));
        }
        preview.set(describe());
        place("register.lot.", Field.LOT);
        place("register.lot.expiryDiffers", Field.EXPIRY);
        place("register.balance.negative", Field.QUANTITY);
        place("register.receipt.quantity", Field.QUANTITY);
    }

    RegisterEntry wrong() {
        return wrong;
    }

    /** What will be written, in words, as the form now reads: the reversal, then the right entry if asked for. */
    ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    private String describe() {
        String reversal = ui.text("registerScreen.correct.reversal", "#" + wrong.id(), words.signedUnits(-wrong.units()));
        if (!replace.get()) {
            return reversal + " " + ui.text("registerScreen.correct.noReplacement");
        }
        return reversal + " " + ui.text("registerScreen.correct.replacement", words.kind(wrong.kind()),
                quantity.get().strip(), lot.get().strip(), typedExpiry()) + " " + ui.text("registerScreen.correct.bothVisible");
    }

    /** The expiry as typed (YYYY-MM-DD) read back as every screen writes a date; what cannot be read yet stays as typed. */
    private String typedExpiry() {
        String typed = expiry.get().strip();
        try {
            return words.expiry(LocalDate.parse(typed));
        } catch (DateTimeParseException notYetADate) {
            // Not a fault: a date half-typed is previewed as typed, and the field says what is wrong once sent.
            return typed;
        }
    }

    @Override
    protected Optional<Callable<Outcome<List<RegisterEntry>>>> read() {
        String why = text(Field.REASON, reason, EntryLengths.CORRECTION_REASON, true);
        Optional<DrugRegister.Replacement> right = Optional.empty();
        if (replace.get()) {
            String rightLot = text(Field.LOT, lot, EntryLengths.LOT, true);
            LocalDate rightExpiry = date(Field.EXPIRY, expiry);
            // A receipt brings at least one unit; an administration or a waste may have taken none (a residual).
            Integer units = wholeNumber(Field.QUANTITY, quantity, wrong.kind() == EntryKind.RECEIPT ? 1 : 0);
            if (!anyWrong()) {
                right = Optional.of(new DrugRegister.Replacement(rightLot, rightExpiry,
                        wrong.kind() == EntryKind.RECEIPT ? units : -units));
            }
        }
        if (anyWrong()) {
            return Optional.empty();
        }
        Actor who = actor.get();
        Optional<DrugRegister.Replacement> replacement = right;
        return Optional.of(() -> services.register().correct(who, wrong.id(), replacement, why));
    }
}
