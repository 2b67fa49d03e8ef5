package org.vigil.ui.register;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.vigil.domain.Actor;
import org.vigil.service.DrugRegister;
import org.vigil.service.Services;
import org.vigil.ui.common.UiContext;

/**
 * The prescriber's log without its controls: the administrations and wastes awaiting the
 * logged-in prescriber's signature, which they choose (or all of them) and sign in one pass with
 * one password; afterwards the entries just signed, each with its signatures as the register
 * now holds them (SIG-1, SIG-3).
 */
final class PrescriberLogModel {

    /** An entry awaiting the prescriber, and whether it is chosen for this pass. */
    record Item(DrugRegister.Line line, BooleanProperty chosen) {}

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;
    private final Runnable changed;
    private final ReadOnlyObjectWrapper<List<Item>> awaiting = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<DrugRegister.Line>> signed = new ReadOnlyObjectWrapper<>(List.of());
    private final TabLines lines;

    /** @param changed told when entries were signed, so the book shows their signatures too */
    PrescriberLogModel(Services services, UiContext ui, Supplier<Actor> actor, Runnable changed) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        this.changed = changed;
        this.lines = new TabLines(ui);
    }

    UiContext ui() {
        return ui;
    }

    ReadOnlyObjectProperty<List<Item>> awaitingProperty() {
        return awaiting.getReadOnlyProperty();
    }

    /** The entries signed in the last pass, with their signatures read back from the register. */
    ReadOnlyObjectProperty<List<DrugRegister.Line>> signedProperty() {
        return signed.getReadOnlyProperty();
    }

    TabLines lines() {
        return lines;
    }

    void refresh() {
        Actor who = actor.get();
        lines.run(() -> services.register().awaitingSignature(who),
                found -> awaiting.set(found.stream().map(l -> new Item(l, new SimpleBooleanProperty())).toList()));
    }

    void chooseAll(boolean chosen) {
        awaiting.get().forEach(i -> i.chosen().set(chosen));
    }

    List<Long> chosen() {
        return awaiting.get().stream().filter(i -> i.chosen().get()).map(i -> i.line().entry().id()).toList();
    }

    /** The signature for the chosen entries, or null (said in the message line) when none is chosen. */
    BatchSignatureForm signing() {
        if (chosen().isEmpty()) {
            lines.notDone(ui.text("registerScreen.log.noneChosen"));
            return null;
        }
        lines.notDone("");
        return new BatchSignatureForm(services, ui, actor.get(), chosen());
    }

    /** After the pass: how many were signed, and those entries as the register now holds them. */
    void signed(List<Long> entryIds, int count) {
        lines.done(ui.text("registerScreen.log.signed", count));
        Set<Long> ids = Set.copyOf(entryIds);
        Actor who = actor.get();
        lines.run(() -> services.register().lines(who, ids), signed::set);
        refresh();
        changed.run();
    }
}
