package org.vigil.ui.common;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.vigil.service.WorkstationPreferences;
import org.vigil.text.Messages;
import org.vigil.text.TimeWords;

/**
 * What every screen needs besides the services: the words in the chosen language, the clinic's
 * clock and time zone, and where background work runs.
 */
public final class UiContext {

    private final ObjectProperty<Messages> messages;
    private final Clock clock;
    private final ZoneId zone;
    private final Background background;
    private final WorkstationPreferences preferences;
    private TimeWords times;

    /** @param executor where database work runs; its results come back on the JavaFX thread */
    public UiContext(Locale language, Clock clock, ZoneId zone, Executor executor, WorkstationPreferences preferences) {
        this(language, clock, zone, executor, Background.FX_THREAD, preferences);
    }

    /**
     * @param handBack where results of background work are delivered: the JavaFX thread in the
     *     program; the test's own thread ({@code Runnable::run}) for a view model tested without a toolkit
     */
    public UiContext(Locale language, Clock clock, ZoneId zone, Executor executor, Executor handBack, WorkstationPreferences preferences) {
        this.messages = new SimpleObjectProperty<>(Messages.of(language));
        this.clock = clock;
        this.zone = zone;
        this.background = new Background(executor, handBack, this);
        this.preferences = preferences;
        this.times = new TimeWords(messages.get(), zone);
        this.messages.addListener((o, was, now) -> times = new TimeWords(now, zone));
    }

    public Messages messages() {
        return messages.get();
    }

    public ObjectProperty<Messages> messagesProperty() {
        return messages;
    }

    public String text(String key, Object... args) {
        return messages.get().get(key, args);
    }

    public void switchLanguage(Locale locale) {
        preferences.setLanguage(Messages.supported(locale));
        messages.set(Messages.of(locale));
    }

    public Clock clock() {
        return clock;
    }

    /** The clinic's date now: what "today" means on every screen. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.ofInstant(clock.instant(), zone);
    }

    /** Times, dates and durations in the chosen language and the clinic's zone (issue 15, item 10). */
    public TimeWords times() {
        return times;
    }

    public ZoneId zone() {
        return zone;
    }

    public Background background() {
        return background;
    }
}
