package org.vigil.ui.settings;

import java.util.Map;
import java.util.stream.Collectors;
import org.vigil.domain.SettingDefinition;
import org.vigil.domain.SettingKind;
import org.vigil.ui.common.UiContext;

/**
 * A setting's name, value, unit and allowed values as a person reads them (issue 15, items 6 and
 * 11): "From the first device" rather than FIRST_DEVICE, "45 days" / "45 天" rather than "45 days"
 * in both languages. The stored value stays the internal one; only the screen words it.
 */
public final class SettingWords {

    /**
     * The units the setting definitions use that are words in a language, as message-key parts.
     * Symbols (mg, mL, kg, mmHg, %, MOAA/S) read the same in both languages and are written as stored.
     */
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("/min", "perMinute"), Map.entry("/week", "perWeek"), Map.entry("chars", "characters"),
            Map.entry("days", "days"), Map.entry("files", "files"), Map.entry("h", "hours"), Map.entry("points", "points"), Map.entry("min", "minutes"),
            Map.entry("week", "weeks"), Map.entry("weeks", "weeks"), Map.entry("y", "years"));

    private final UiContext ui;

    public SettingWords(UiContext ui) {
        this.ui = ui;
    }

    public String name(SettingDefinition d) {
        String key = "setting." + d.key();
        return ui.messages().has(key) ? ui.text(key) : d.key();
    }

    /** The value with its unit: "Weekly", "From the first device", "45 days", "15, 30, 45 min". */
    public String value(SettingDefinition d, String raw) {
        if (d.kind() == SettingKind.CHOICE) {
            return choice(raw);
        }
        if (d.kind() == SettingKind.FOLDER || d.kind() == SettingKind.TIME_OF_DAY || d.unit().isBlank()) {
            return raw;
        }
        String unit = UNITS.get(d.unit());
        if (unit == null) {
            return raw + " " + d.unit();
        }
        if (d.kind() == SettingKind.INTEGER_LIST) {
            // A list takes the plural: "15, 30, 45 min".
            return ui.text("setting.unit.list." + unit, raw.replace(",", ", ").replaceAll(" +", " "));
        }
        Object number = number(raw);
        return number instanceof String ? raw + " " + unitName(d) : ui.text("setting.unit." + unit, number);
    }

    /** A choice's phrase, or the stored word itself when a later version added a choice without words. */
    public String choice(String raw) {
        String key = "setting.choice." + raw;
        return ui.messages().has(key) ? ui.text(key) : raw;
    }

    /** The unit on its own, for the label of the field a new value is typed into: "days", "天". */
    public String unitName(SettingDefinition d) {
        String unit = UNITS.get(d.unit());
        return unit == null ? d.unit() : ui.text("setting.unitName." + unit);
    }

    public String allowed(SettingDefinition d) {
        if (d.kind() == SettingKind.CHOICE) {
            return d.choices().stream().map(this::choice).collect(Collectors.joining(" / "));
        }
        if (d.kind() == SettingKind.TIME_OF_DAY) {
            return "00:00–23:59";
        }
        if (d.kind() == SettingKind.FOLDER) {
            return ui.text("settings.allowed.folder");
        }
        String range = d.min().stripTrailingZeros().toPlainString() + "–" + d.max().stripTrailingZeros().toPlainString();
        if (d.kind() == SettingKind.INTEGER_LIST) {
            return ui.text("settings.allowed.list", range);
        }
        return d.unit().isBlank() ? range : range + " " + unitName(d);
    }

    /** A whole or decimal number as MessageFormat's choice needs it; a value that is not one stays text. */
    private static Object number(String raw) {
        try {
            return new java.math.BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            // A stored value no longer a number is what the setting alarm reports; here it is shown as it is.
            return raw;
        }
    }
}
