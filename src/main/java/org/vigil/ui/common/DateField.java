package org.vigil.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.scene.control.TextField;
import org.vigil.domain.Refusal;

/**
 * A date typed as YYYY-MM-DD: one unambiguous form in every language, quick to type from a
 * document. What cannot be read is reported by {@link #problem}, and the text stays as typed.
 */
public final class DateField extends TextField {

    /** What is said next to a date field whose text is not a date, under the rule of the form it is in. */
    public static Refusal unreadable(String ruleId) {
        return Refusal.of(ruleId, "date.unreadable");
    }

    public DateField() {
        setPromptText("YYYY-MM-DD");
        setPrefColumnCount(10);
    }

    public void setDate(LocalDate date) {
        setText(date == null ? "" : date.toString());
    }

    /** The date, or empty when blank or unreadable. */
    public Optional<LocalDate> date() {
        try {
            return getText().isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(getText().strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** True when something was typed that is not a date. */
    public boolean unreadable() {
        return !getText().isBlank() && date().isEmpty();
    }
}
