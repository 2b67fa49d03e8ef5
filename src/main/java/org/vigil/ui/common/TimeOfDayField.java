package org.vigil.ui.common;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.scene.control.TextField;

/**
 * A clock time typed as HH:mm on the clinic's today, for "last ate at", "observed at". A session
 * lives within one clinic day, so the date is never asked for. What cannot be read is reported
 * by {@link #unreadable()} and the text stays as typed.
 */
public final class TimeOfDayField extends TextField {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("H:mm");

    private final UiContext ui;

    public TimeOfDayField(UiContext ui) {
        this.ui = ui;
        setPromptText("HH:MM");
        setPrefColumnCount(5);
    }

    /** The moment on the clinic's today, or empty when blank or unreadable. */
    public Optional<Instant> instant() {
        String text = getText() == null ? "" : getText().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalTime time = LocalTime.parse(text.replace('.', ':'), FORMAT);
            return Optional.of(ui.today().atTime(time).atZone(ui.zone()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** True when something was typed that is not a time. */
    public boolean unreadable() {
        return getText() != null && !getText().isBlank() && instant().isEmpty();
    }
}
