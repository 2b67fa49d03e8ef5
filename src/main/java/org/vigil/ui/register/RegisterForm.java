package org.vigil.ui.register;

import java.math.BigDecimal;
import org.vigil.domain.TypedNumber;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.vigil.domain.Outcome;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.UiContext;

/**
 * A register dialog without its controls: what was typed, a message next to each field that is
 * wrong (saying what is allowed), the form's message line, and whether it is being sent. Sending
 * reads the fields first; only a form with no wrong field goes to the service, in the background,
 * and a refusal comes back next to the field it is about. What was typed stays, except a
 * password, which is typed again.
 *
 * @param <F> the form's fields
 * @param <T> what the service answers when the action is done
 */
abstract class RegisterForm<F extends Enum<F>, T> {

    protected final UiContext ui;
    private final Map<F, ReadOnlyStringWrapper> errors;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final FormMessages answers;

    RegisterForm(UiContext ui, Class<F> fields) {
        this.ui = ui;
        this.errors = new EnumMap<>(fields);
        for (F field : fields.getEnumConstants()) {
            errors.put(field, new ReadOnlyStringWrapper(""));
        }
        this.answers = new FormMessages(ui, message::set);
    }

    /** What is wrong with the field, in words; empty when nothing is. */
    ReadOnlyStringProperty errorProperty(F field) {
        return errors.get(field).getReadOnlyProperty();
    }

    /** The form's message line: a refusal about no one field, or a fault. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the service has the form: the dialog's button waits. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * Reads the form and, when every field is right, sends it in the background.
     *
     * @param onDone gets the service's answer once the action is done (the dialog closes then)
     */
    final void submit(Consumer<? super T> onDone) {
        answers.clear();
        errors.values().forEach(e -> e.set(""));
        Optional<Callable<Outcome<T>>> call = read();
        if (call.isEmpty() || anyWrong()) {
            message.set(ui.text("form.correctFields"));
            return;
        }
        busy.set(true);
        // The answer is shown before the form stops being busy: the dialog fits itself to what it says then.
        ui.background().run(call.get(), outcome -> {
            answers.show(outcome, onDone);
            if (!outcome.isDone()) {
                afterRefusal();
            }
            busy.set(false);
        }, fault -> {
            message.set(fault);
            afterRefusal();
            busy.set(false);
        });
    }

    /**
     * The fields as the service takes them, or empty; every wrong field is marked with
     * {@link #wrong} on the way, so the user sees all of them at once.
     */
    protected abstract Optional<Callable<Outcome<T>>> read();

    /** After a refusal or a fault: a password is never kept for another try. */
    protected void afterRefusal() {}

    /** Refusals whose message key starts so are shown next to this field rather than in the message line. */
    protected final void place(String keyPrefix, F field) {
        answers.keyPrefix(keyPrefix, errors.get(field)::set);
    }

    protected final boolean anyWrong() {
        return errors.values().stream().anyMatch(e -> !e.get().isEmpty());
    }

    protected final void wrong(F field, String key, Object... args) {
        if (errors.get(field).get().isEmpty()) {
            errors.get(field).set(ui.text(key, args));
        }
    }

    /** The stripped text, or null (marked) when it is required and blank or longer than the register keeps. */
    protected final String text(F field, StringProperty typed, int maxLength, boolean required) {
        String value = typed.get() == null ? "" : typed.get().strip();
        if (required && value.isEmpty()) {
            wrong(field, "registerScreen.field.required");
            return null;
        }
        if (value.length() > maxLength) {
            wrong(field, "registerScreen.field.tooLong", maxLength);
            return null;
        }
        return value;
    }

    /** A whole number of at least {@code min}, or null (marked). */
    protected final Integer wholeNumber(F field, StringProperty typed, int min) {
        String value = typed.get() == null ? "" : typed.get().strip();
        try {
            int n = Integer.parseInt(value);
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Not a whole number: said next to the field below, with what is allowed.
        }
        wrong(field, "registerScreen.field.wholeNumber", min);
        return null;
    }

    /** An amount above zero such as 50 or 2.5, or null (marked). */
    protected final BigDecimal amount(F field, StringProperty typed) {
        // Bounded precision (issue 14): a pasted "1e+10000000" is not a number here, not a frozen screen.
        Optional<BigDecimal> n = TypedNumber.read(typed.get());
        if (n.isPresent() && n.get().signum() > 0) {
            return n.get();
        }
        wrong(field, "registerScreen.field.amount");
        return null;
    }

    /** A date typed as YYYY-MM-DD, or null (marked). */
    protected final LocalDate date(F field, StringProperty typed) {
        String value = typed.get() == null ? "" : typed.get().strip();
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            wrong(field, "registerScreen.field.date");
            return null;
        }
    }

    /** A typed field, for the view to bind to. */
    protected static StringProperty typed() {
        return new SimpleStringProperty("");
    }
}
