package org.vigil.ui.register;

import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.register.Discrepancy;
import org.vigil.domain.register.DiscrepancyOutcome;
import org.vigil.service.Services;
import org.vigil.ui.common.UiContext;

/**
 * A manager's resolution of a discrepancy without its controls (CD-6): what it was, the
 * explanation, and the manager's own password as their signature ("discrepancy resolved", SIG-1).
 */
final class ResolveForm extends RegisterForm<ResolveForm.Field, Discrepancy> {

    enum Field { OUTCOME, EXPLANATION, PASSWORD }

    final ObjectProperty<DiscrepancyOutcome> outcome = new SimpleObjectProperty<>(DiscrepancyOutcome.EXPLAINED);
    final StringProperty explanation = typed();
    final StringProperty password = typed();

    private final Services services;
    private final Actor manager;
    private final Discrepancy discrepancy;

    ResolveForm(Services services, UiContext ui, Actor manager, Discrepancy discrepancy) {
        super(ui, Field.class);
        this.services = services;
        this.manager = manager;
        this.discrepancy = discrepancy;
        place("count.discrepancy.explanation", Field.EXPLANATION);
        place("count.discrepancy.nothingMissing", Field.OUTCOME);
        place("signature.", Field.PASSWORD);
    }

    Discrepancy discrepancy() {
        return discrepancy;
    }

    Actor manager() {
        return manager;
    }

    @Override
    protected Optional<Callable<Outcome<Discrepancy>>> read() {
        DiscrepancyOutcome chosen = outcome.get();
        if (chosen == null) {
            wrong(Field.OUTCOME, "registerScreen.field.required");
        }
        String why = text(Field.EXPLANATION, explanation, EntryLengths.REASON, true);
        String secret = password.get();
        if (secret.isEmpty()) {
            wrong(Field.PASSWORD, "registerScreen.log.passwordRequired");
        }
        if (anyWrong()) {
            return Optional.empty();
        }
        return Optional.of(() -> services.counts().resolve(manager, discrepancy.id(), chosen, why, secret));
    }

    @Override
    protected void afterRefusal() {
        password.set("");
    }
}
