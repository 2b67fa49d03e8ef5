package org.vigil.ui.register;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.vigil.domain.Actor;
import org.vigil.domain.Permission;
import org.vigil.domain.register.Discrepancy;
import org.vigil.domain.register.Incident;
import org.vigil.domain.register.Product;
import org.vigil.service.Services;
import org.vigil.service.StockCounts;
import org.vigil.ui.common.UiContext;

/**
 * The counts tab without its controls (CD-6): every discrepancy, open ones first, and for the
 * manager the incidents of loss or theft with their deadlines; the count sheet a nurse starts a
 * blind count from; the answers of a count, a resolution and an incident's step.
 */
final class CountsModel {

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;
    private final Runnable changed;
    private final ReadOnlyObjectWrapper<List<Discrepancy>> discrepancies = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<Incident>> incidents = new ReadOnlyObjectWrapper<>(List.of());
    private final Map<Long, Product> products = new HashMap<>();
    private final TabLines lines;

    /** @param changed told after a count or a resolution, so the book shows an open discrepancy and a loss written off */
    CountsModel(Services services, UiContext ui, Supplier<Actor> actor, Runnable changed) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        this.changed = changed;
        this.lines = new TabLines(ui);
    }

    UiContext ui() {
        return ui;
    }

    TabLines lines() {
        return lines;
    }

    ReadOnlyObjectProperty<List<Discrepancy>> discrepanciesProperty() {
        return discrepancies.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<List<Incident>> incidentsProperty() {
        return incidents.getReadOnlyProperty();
    }

    boolean mayCount() {
        return actor.get().may(Permission.HANDLE_STOCK);
    }

    boolean mayResolve() {
        return actor.get().may(Permission.RESOLVE_DISCREPANCIES);
    }

    String productName(long productId) {
        Product p = products.get(productId);
        return p == null ? "#" + productId : p.name();
    }

    void refresh() {
        Actor who = actor.get();
        lines.run(() -> services.register().products(who), found -> {
            products.clear();
            found.forEach(p -> products.put(p.id(), p));
            lines.run(() -> services.counts().discrepancies(who), discrepancies::set);
        });
        if (who.may(Permission.RESOLVE_DISCREPANCIES)) {
            lines.run(() -> services.counts().incidents(who), incidents::set);
        } else {
            incidents.set(List.of());
        }
    }

    /** Reads the blind sheet and gives the count form to the view. */
    void startCount(Consumer<CountForm> open) {
        Actor who = actor.get();
        lines.notDone("");
        lines.run(() -> services.counts().sheet(who), sheet -> open.accept(new CountForm(services, ui, actor, sheet)));
    }

    /** After a count: the register's figures are said now, and whether a discrepancy opened. */
    void counted(StockCounts.CountResult result) {
        if (result.opened().isEmpty()) {
            lines.done(ui.text("registerScreen.count.matched", result.count().lines().size()));
        } else {
            lines.done(ui.text("registerScreen.count.mismatched", String.join("; ", result.opened().stream()
                    .map(d -> ui.text("registerScreen.count.difference", d.lot(), d.expected(), d.counted())).toList())));
        }
        refresh();
        changed.run();
    }

    ResolveForm resolving(Discrepancy d) {
        return new ResolveForm(services, ui, actor.get(), d);
    }

    void resolved(Discrepancy d) {
        lines.done(ui.text("registerScreen.resolve.done", d.lot()));
        refresh();
        changed.run();
    }

    /** The manager records that the authority was told, the form filed, or the incident closed. */
    void step(Incident incident, Incident.Stage stage, String note) {
        Actor who = actor.get();
        lines.run(() -> services.counts().recordIncidentStep(who, incident.id(), stage, note), done -> {
            lines.done(ui.text("registerScreen.incident.stepDone", ui.text("registerScreen.incident.stage." + stage.name())));
            refresh();
        });
    }
}
