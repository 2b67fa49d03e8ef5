package org.vigil.ui.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.register.CountKind;
import org.vigil.service.Services;
import org.vigil.service.StockCounts;
import org.vigil.ui.common.UiContext;

/**
 * A blind count without its controls (CD-6): one figure per lot on the sheet, typed without
 * the register's balance in sight, then a second person co-signs with their own password (SIG-2).
 * The register's figures are shown only in the answer, once the count is stored.
 */
final class CountForm extends WitnessedForm<CountForm.Field, StockCounts.CountResult> {

    enum Field { KIND, FIGURES, WITNESS_USER, WITNESS_PASSWORD }

    /** One lot of the sheet with what the counter typed and what is wrong with it. */
    static final class Line {
        final StockCounts.SheetLot lot;
        final StringProperty counted = typed();
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

        Line(StockCounts.SheetLot lot) {
            this.lot = lot;
        }

        ReadOnlyStringProperty errorProperty() {
            return error.getReadOnlyProperty();
        }
    }

    final ObjectProperty<CountKind> kind = new SimpleObjectProperty<>(CountKind.HANDOVER);

    private final Services services;
    private final Supplier<Actor> actor;
    private final List<Line> lines;

    CountForm(Services services, UiContext ui, Supplier<Actor> actor, List<StockCounts.SheetLot> sheet) {
        super(ui, Field.class, services.accounts(), actor, Field.WITNESS_USER, Field.WITNESS_PASSWORD);
        this.services = services;
        this.actor = actor;
        this.lines = sheet.stream().map(Line::new).toList();
        place("count.lot", Field.FIGURES);
        place("count.negative", Field.FIGURES);
    }

    List<Line> lines() {
        return lines;
    }

    @Override
    protected Optional<Callable<Outcome<StockCounts.CountResult>>> read() {
        List<StockCounts.CountedLot> counted = new ArrayList<>();
        for (Line line : lines) {
            line.error.set("");
            String typed = line.counted.get() == null ? "" : line.counted.get().strip();
            try {
                int n = Integer.parseInt(typed);
                if (n >= 0) {
                    counted.add(new StockCounts.CountedLot(line.lot.product().id(), line.lot.lot(), n));
                    continue;
                }
            } catch (NumberFormatException e) {
                // Blank or not a whole number: said next to the lot below.
            }
            line.error.set(ui.text("registerScreen.count.figure"));
        }
        if (counted.size() < lines.size()) {
            wrong(Field.FIGURES, "registerScreen.count.figuresMissing", lines.size() - counted.size());
        }
        if (kind.get() == null) {
            wrong(Field.KIND, "registerScreen.field.required");
        }
        CountKind when = kind.get();
        Actor counter = actor.get();
        return witnessedBy((cosigner, password) -> services.counts().count(counter, when, counted, cosigner, password));
    }
}
