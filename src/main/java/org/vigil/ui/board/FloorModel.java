package org.vigil.ui.board;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.vigil.domain.Actor;
import org.vigil.domain.Permission;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.Settings;
import org.vigil.domain.alarm.Alarm;
import org.vigil.domain.alarm.AlarmBoard;
import org.vigil.domain.alarm.AlarmState;
import org.vigil.domain.session.DueItem;
import org.vigil.service.ChairWatch;
import org.vigil.service.Services;
import org.vigil.service.SessionView;
import org.vigil.ui.common.UiContext;

/**
 * What the workstation knows about today's floor: every session of today, and the alarms they
 * raise at this second. Loads run in the background (the FX thread never waits on the
 * database); the second-by-second presentation (countdowns, escalation, flashing) is recomputed
 * from the clock and the loaded instants, never counted down. An action taken here replaces its
 * one session with the service's reply ({@link #update}); the whole floor is loaded again when a
 * loaded item passes its overdue moment (a new alarm), and at the latest every
 * {@link #RELOAD_EVERY}, so changes made at another workstation show up too.
 */
public final class FloorModel {

    /** The longest a board may show data from another workstation late. */
    static final Duration RELOAD_EVERY = Duration.ofSeconds(30);
    /** ALM-4: how often the watch mark is renewed while the program runs. */
    static final Duration WATCH_MARK_EVERY = Duration.ofSeconds(30);

    /** One shown alarm, with the chair it belongs to. */
    public record FloorAlarm(AlarmState state, ChairWatch chair) {}

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;
    private final ReadOnlyObjectWrapper<Floor> floor = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<FloorAlarm>> alarms = new ReadOnlyObjectWrapper<>(List.of());
    private boolean loading;
    private boolean reloadAgain;
    private Instant nextReload = Instant.MIN;
    private Instant nextWatchMark = Instant.MIN;

    public FloorModel(Services services, UiContext ui, Supplier<Actor> actor) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        floor.addListener((obs, old, now) -> alarms.set(alarmsAt(ui.clock().instant())));
    }

    public ReadOnlyObjectProperty<Floor> floorProperty() {
        return floor.getReadOnlyProperty();
    }

    public Floor floor() {
        return floor.get();
    }

    /** The sentence to show when the last load failed; null when it worked. */
    public ReadOnlyObjectProperty<String> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The alarms shown at this moment across the floor (ALM-1 … ALM-3), most urgent first; worked out again each second. */
    public ReadOnlyObjectProperty<List<FloorAlarm>> alarmsProperty() {
        return alarms.getReadOnlyProperty();
    }

    public List<FloorAlarm> alarms() {
        return alarms.get();
    }

    /** Loads the floor now (in the background); a request during a load runs once it ends. */
    public void reload() {
        Actor who = actor.get();
        if (loading) {
            reloadAgain = true;
            return;
        }
        loading = true;
        nextReload = ui.clock().instant().plus(RELOAD_EVERY);
        Floor before = floor.get();
        ui.background().run(() -> load(who, before), loaded -> {
            loading = false;
            problem.set(null);
            floor.set(loaded.keepingNewer(floor.get(), before));
            scheduleNext(floor.get());
            againIfAsked();
        }, message -> {
            loading = false;
            problem.set(message);
            againIfAsked();
        });
    }

    /**
     * An action's reply: its session is shown as the service answered at once, with no load. A
     * reply that names no session of today's floor as loaded waits for the next load.
     */
    public void update(SessionView reply) {
        Floor current = floor.get();
        if (current != null) {
            floor.set(current.with(reply));
        }
    }

    private Floor load(Actor who, Floor before) {
        Settings settings = services.settings().current();
        int chairs = settings.integer(SettingKeys.CLINIC_CHAIRS);
        List<Integer> order = settings.integers(SettingKeys.CLINIC_CHAIR_ORDER);
        if (who == null || !who.may(Permission.VIEW_PATIENTS)) {
            return new Floor(List.of(), services.sessions().floorWatch(), chairs, order, ui.clock().instant(), Set.of());
        }
        List<SessionView> today = services.sessions().today(who).value();
        Set<Long> unchanged = new HashSet<>();
        if (before != null) {
            for (SessionView now : today) {
                before.session(now.sessionId()).filter(then -> sameFacts(then, now)).ifPresent(then -> unchanged.add(now.sessionId()));
            }
        }
        return Floor.of(today, chairs, order, ui.clock().instant(), unchanged);
    }

    /** The same stored facts: only the moment of loading differs, and the clock-driven texts are recomputed each second. */
    private static boolean sameFacts(SessionView a, SessionView b) {
        return a.snapshot().equals(b.snapshot()) && a.patient().equals(b.patient()) && a.alarms().equals(b.alarms());
    }

    private void againIfAsked() {
        if (reloadAgain) {
            reloadAgain = false;
            reload();
        }
    }

    /** The next load is due when a loaded item turns overdue (it then alarms), or at the interval. */
    private void scheduleNext(Floor loaded) {
        Instant now = ui.clock().instant();
        Instant next = now.plus(RELOAD_EVERY);
        for (ChairWatch s : loaded.watches()) {
            for (DueItem item : s.due()) {
                if (item.overdueAt().isAfter(now) && item.overdueAt().isBefore(next)) {
                    next = item.overdueAt().plusSeconds(1);
                }
            }
        }
        nextReload = next;
    }

    /** Each second, from the shell's ticker. */
    public void tick() {
        Instant now = ui.clock().instant();
        if (!now.isBefore(nextReload)) {
            reload();
        }
        if (!now.isBefore(nextWatchMark)) {
            nextWatchMark = now.plus(WATCH_MARK_EVERY);
            ui.background().run(() -> {
                services.stillWatching();
                return null;
            }, ignored -> { }, problem::set);
        }
        alarms.set(alarmsAt(now));
    }

    private List<FloorAlarm> alarmsAt(Instant now) {
        Floor current = floor.get();
        if (current == null) {
            return List.of();
        }
        List<FloorAlarm> shown = new ArrayList<>();
        for (ChairWatch s : current.watches()) {
            for (Alarm alarm : s.activeAlarms()) {
                AlarmState state = AlarmState.at(alarm, now, s.alarmRules());
                if (state.shown()) {
                    shown.add(new FloorAlarm(state, s));
                }
            }
        }
        shown.sort(Comparator.comparing(FloorAlarm::state, AlarmBoard.MOST_URGENT_FIRST));
        return List.copyOf(shown);
    }
}
