package org.vigil.ui.register;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.StringProperty;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.service.Services;
import org.vigil.ui.common.UiContext;

/**
 * The prescriber's one password for several entries of their log (SIG-2): each entry gets its
 * own signature, bound to its content (SIG-3), with the prescriber's printed name, the moment and
 * its meaning (SIG-1).
 */
final class BatchSignatureForm extends RegisterForm<BatchSignatureForm.Field, Integer> {

    enum Field { PASSWORD }

    final StringProperty password = typed();

    private final Services services;
    private final Actor prescriber;
    private final List<Long> entryIds;

    BatchSignatureForm(Services services, UiContext ui, Actor prescriber, List<Long> entryIds) {
        super(ui, Field.class);
        this.services = services;
        this.prescriber = prescriber;
        this.entryIds = List.copyOf(entryIds);
        place("signature.", Field.PASSWORD);
    }

    Actor prescriber() {
        return prescriber;
    }

    List<Long> entryIds() {
        return entryIds;
    }

    @Override
    protected Optional<Callable<Outcome<Integer>>> read() {
        String secret = password.get();
        if (secret.isEmpty()) {
            wrong(Field.PASSWORD, "registerScreen.log.passwordRequired");
            return Optional.empty();
        }
        return Optional.of(() -> services.register().sign(prescriber, secret, entryIds));
    }

    @Override
    protected void afterRefusal() {
        password.set("");
    }
}
