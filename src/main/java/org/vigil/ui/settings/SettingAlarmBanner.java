package org.vigil.ui.settings;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.SettingFault;
import org.vigil.service.Services;
import org.vigil.ui.common.UiContext;

/**
 * SET-2: a high alarm across the top of the administrator's window for every setting Vigil does
 * not use as the database holds it: which setting, what is stored, what is allowed, and the
 * default in use until the setting is set again through Settings. Hidden when there is none, and
 * for everyone who cannot change settings (they could do nothing about it).
 */
public final class SettingAlarmBanner extends VBox {

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;

    public SettingAlarmBanner(Services services, UiContext ui, Supplier<Actor> actor) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        setId("settingAlarm");
        getStyleClass().add("setting-alarm");
        setPadding(new Insets(8, 14, 8, 14));
        setSpacing(4);
        show(List.of());
    }

    /** Reads the faults again (at login, on changing area, every little while). */
    public void refresh() {
        Actor who = actor.get();
        if (who == null || !who.may(Permission.CHANGE_SYSTEM_SETTINGS)) {
            show(List.of());
            return;
        }
        ui.background().run(() -> services.settings().faults(who), this::show, fault -> show(List.of()));
    }

    private void show(Outcome<List<SettingFault>> outcome) {
        show(outcome.isDone() ? outcome.value() : List.of());
    }

    private void show(List<SettingFault> faults) {
        getChildren().clear();
        if (!faults.isEmpty()) {
            Label title = new Label(ui.text("settingAlarm.title"));
            title.getStyleClass().add("setting-alarm-title");
            getChildren().add(title);
            for (SettingFault fault : faults) {
                Label line = new Label(line(fault));
                line.setWrapText(true);
                line.getStyleClass().add("setting-alarm-line");
                getChildren().add(line);
            }
            Label what = new Label(ui.text("settingAlarm.whatToDo"));
            what.setWrapText(true);
            what.getStyleClass().add("setting-alarm-line");
            getChildren().add(what);
        }
        setVisible(!faults.isEmpty());
        setManaged(!faults.isEmpty());
    }

    private String line(SettingFault fault) {
        String name = ui.text("setting." + fault.key());
        String unit = fault.shipped().definition().unit();
        String dflt = fault.shipped().defaultValue() + (unit.isEmpty() ? "" : " " + unit);
        return switch (fault.kind()) {
            case VALUE_OUT_OF_RANGE -> ui.text("settingAlarm.outOfRange", name, fault.key(), fault.storedValue(), fault.allowed(), dflt);
            case VALUE_MISSING -> ui.text("settingAlarm.missing", name, fault.key(), dflt);
            case DEFINITION_CHANGED -> ui.text("settingAlarm.definition", name, fault.key(), fault.storedRange(), fault.allowed());
        };
    }
}
