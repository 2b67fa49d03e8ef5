package org.vigil.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.SettingDefinition;
import org.vigil.domain.SettingValue;
import org.vigil.domain.Settings;
import org.vigil.store.Database;
import org.vigil.store.SettingStore;

/**
 * The protocol settings (clinical numbers, manager or admin) and system settings (admin).
 * Every change needs a reason, appends a version and is audited with the old and new value.
 */
public final class SettingsAdministration {

    /** The setting_value.reason and audit reason columns' size: a longer reason is refused with this limit. */
    static final int REASON_MAX = 2000;

    private final Database database;
    private final SettingStore store;
    private final AuditWriter audit;
    private final Clock clock;

    SettingsAdministration(Database database, SettingStore store, AuditWriter audit, Clock clock) {
        this.database = database;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The settings in force now; later services read every clinical number from here. */
    public Settings current() {
        return new Settings(database.read(store::current));
    }

    public Outcome<List<SettingRow>> list(Actor actor) {
        Refusal refused = audit.refuseUnless(actor, Permission.READ_SETTINGS, "settings.list");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return Outcome.done(database.read(tx -> {
            Map<String, SettingValue> current = store.current(tx);
            return store.definitions(tx).stream().map(d -> new SettingRow(d, current.get(d.key()))).toList();
        }));
    }

    public Outcome<List<SettingValue>> history(Actor actor, String key) {
        Refusal refused = audit.refuseUnless(actor, Permission.READ_SETTINGS, "settings.history");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return Outcome.done(database.read(tx -> store.history(tx, key)));
    }

    public Outcome<SettingValue> change(Actor actor, String key, String value, String reason) {
        return database.write(tx -> {
            Optional<SettingDefinition> definition = store.definitions(tx).stream().filter(d -> d.key().equals(key)).findFirst();
            if (definition.isEmpty()) {
                return Outcome.<SettingValue>refused(Refusal.of("SET-1", "setting.unknown", key));
            }
            Refusal refused = audit.refuseUnless(tx, actor, definition.get().category().changePermission(), "settings.change " + key);
            if (refused != null) {
                return Outcome.<SettingValue>refused(refused);
            }
            if (reason == null || reason.isBlank()) {
                return Outcome.<SettingValue>refused(Refusal.of("SIG-4", "reason.required"));
            }
            if (reason.strip().length() > REASON_MAX) {
                return Outcome.<SettingValue>refused(Refusal.of("SIG-4", "input.text.fieldTooLong", REASON_MAX,
                        new Refusal.Phrase("input.field.reason")));
            }
            Optional<Refusal> invalid = definition.get().check(value);
            if (invalid.isPresent()) {
                return Outcome.<SettingValue>refused(invalid.get());
            }
            SettingValue before = store.current(tx).get(key);
            String canonical = definition.get().canonical(value);
            if (before.value().equals(canonical)) {
                return Outcome.<SettingValue>refused(Refusal.of("SET-1", "setting.unchanged"));
            }
            SettingValue after = store.append(tx, key, before.version() + 1, canonical, clock.instant(), actor.username(), reason.strip());
            audit.record(tx, actor, "SETTING_CHANGED", "setting", key, before.value() + " (v" + before.version() + ")",
                    after.value() + " (v" + after.version() + ")", reason.strip());
            return Outcome.done(after);
        });
    }
}
