package org.vigil.domain;

/**
 * A setting the database holds in a form Vigil refuses to use (SET-2): a value outside the
 * allowed range or unreadable, a value missing, or a definition whose allowed range was changed
 * in the database. Vigil runs on the shipped default instead until an administrator sets the
 * setting again through Settings.
 *
 * @param storedValue what the database holds (null when the value is missing)
 * @param version the version of the stored value (0 when missing)
 * @param shipped the definition and default Vigil uses instead
 * @param storedRange for {@link Kind#DEFINITION_CHANGED}: the range the database claims, as text
 */
public record SettingFault(Kind kind, String key, String storedValue, int version, ShippedSetting shipped, String storedRange) {

    public enum Kind {
        /** The value is outside its allowed range, of the wrong kind, or unreadable. */
        VALUE_OUT_OF_RANGE,
        /** The setting has no value at all. */
        VALUE_MISSING,
        /** The database's definition differs from the shipped one (e.g. a widened range). */
        DEFINITION_CHANGED
    }

    /** A stable mark of this fault, so that it is recorded once however often it is read. */
    public String mark() {
        return switch (kind) {
            case VALUE_OUT_OF_RANGE -> "v" + version + " " + storedValue;
            case VALUE_MISSING -> "missing";
            case DEFINITION_CHANGED -> "definition " + storedRange;
        };
    }

    /** The allowed values as a person writes them: "60–480" or "YES, NO". */
    public String allowed() {
        return shipped.definition().allowed();
    }
}
