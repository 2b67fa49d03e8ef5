package org.vigil.ui.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vigil.domain.AuditEvent;
import org.vigil.ui.common.UiContext;

/**
 * An audit event as a person reads it (issue 15, item 6): the user's name, the action as a
 * phrase, and the changes as "Decision: continue as planned" or "State: checked in → pre-dose
 * checks done" rather than {@code decision=Continue[]} and {@code state=PRE_DOSE_CHECKS_DONE}.
 * The stored text is never changed (the chain's hashes cover it); the raw values stay one click
 * away on the audit screen.
 */
final class AuditWords {

    /** Bundles that already word the internal names a change may carry, tried in this order. */
    private static final List<String> VALUE_PREFIXES = List.of("audit.value.", "session.state.", "frequency.", "phase.", "regimen.",
            "role.", "endReason.", "indication.", "route.", "sex.", "pregnancy.", "childbearing.", "scale.", "contraindication.",
            "checklist.item.", "setting.choice.", "review.decision.", "registerScreen.kind.", "registerScreen.count.kind.",
            "registerScreen.resolve.outcome.", "registerScreen.incident.stage.", "alarm.priority.", "alarm.what.", "due.kind.");
    private static final Pattern INTERNAL_NAME = Pattern.compile("[A-Z][A-Za-z0-9_]*");
    private static final Pattern RECORD = Pattern.compile("([A-Z][A-Za-z0-9]*)\\[(.*)]");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d+");

    private final UiContext ui;
    private final Map<Long, String> people;

    AuditWords(UiContext ui, Map<Long, String> people) {
        this.ui = ui;
        this.people = Map.copyOf(people);
    }

    /** "Li Na (nurse.li)", or the name the event was written under when there is no account. */
    String who(AuditEvent e) {
        if (e.userId() != null && people.containsKey(e.userId())) {
            String name = people.get(e.userId());
            return e.username() == null || e.username().equals(name) ? name : ui.text("audit.person", name, e.username());
        }
        if (e.username() == null) {
            return ui.text("audit.nobody");
        }
        if (ui.messages().has("audit.source." + e.username())) {
            return ui.text("audit.source." + e.username());
        }
        // Vigil itself, a command line or the scheduler write under a "source:who" name.
        int colon = e.username().indexOf(':');
        if (colon > 0 && ui.messages().has("audit.source." + e.username().substring(0, colon))) {
            return ui.text("audit.source." + e.username().substring(0, colon), e.username().substring(colon + 1));
        }
        return e.username();
    }

    String action(AuditEvent e) {
        String key = "audit.action." + e.action();
        return ui.messages().has(key) ? ui.text(key) : ui.text("audit.action.other", e.action());
    }

    /** "User: Li Na", "Session 12", "Patient 3". */
    String record(AuditEvent e) {
        if (e.entityType() == null) {
            return "";
        }
        String type = "audit.entity." + e.entityType();
        String what = ui.messages().has(type) ? ui.text(type) : e.entityType();
        if (e.entityId() == null || e.entityId().isBlank()) {
            return what;
        }
        if ("user".equals(e.entityType()) && WHOLE_NUMBER.matcher(e.entityId()).matches()
                && people.containsKey(Long.parseLong(e.entityId()))) {
            return ui.text("audit.entity.named", what, people.get(Long.parseLong(e.entityId())));
        }
        return ui.text("audit.entity.numbered", what, e.entityId());
    }

    /** One line per field: what changed from what to what, or what was recorded. */
    List<String> changes(AuditEvent e) {
        Map<String, String> before = fields(e.oldValue());
        Map<String, String> after = fields(e.newValue());
        List<String> lines = new ArrayList<>();
        after.forEach((field, value) -> {
            String was = before.remove(field);
            if (was != null && !was.equals(value)) {
                lines.add(free(field) ? ui.text("audit.change.fromTo", value(field, was), value(field, value))
                        : ui.text("audit.change.from", label(field), value(field, was), value(field, value)));
            } else {
                lines.add(line(field, value));
            }
        });
        before.forEach((field, was) -> lines.add(free(field) ? ui.text("audit.change.fromTo", value(field, was), ui.text("audit.value.empty"))
                : ui.text("audit.change.removed", label(field), value(field, was))));
        return lines;
    }

    String reason(AuditEvent e) {
        return e.reason() == null ? "" : e.reason();
    }

    private String line(String field, String value) {
        return free(field) ? value(field, value) : ui.text("audit.change.value", label(field), value(field, value));
    }

    /** Text recorded without a field name. */
    private static boolean free(String field) {
        return field.isEmpty() || field.startsWith("#");
    }

    private String label(String field) {
        String key = "audit.field." + field.replace(' ', '_');
        if (ui.messages().has(key)) {
            return ui.text(key);
        }
        // An English field name read as words: "plannedStart" → "Planned start".
        String words = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A value in words: a phrase for an internal name, a date or time as every screen writes it, a name for an account. */
    String value(String field, String raw) {
        String value = raw.strip();
        if (value.isEmpty() || value.equals("[]")) {
            return ui.text("audit.value.empty");
        }
        if (value.startsWith("[") && value.endsWith("]") && value.length() > 2) {
            return java.util.Arrays.stream(value.substring(1, value.length() - 1).split(",\\s*"))
                    .map(part -> value(field, part)).collect(Collectors.joining(", "));
        }
        if (value.matches("[a-z]+") && ui.messages().has("audit.value." + value)) {
            return ui.text("audit.value." + value);
        }
        if ((field.equals("by") || field.endsWith("Id") && !field.equals("eventId") && !field.equals("archiveId"))
                && WHOLE_NUMBER.matcher(value).matches() && people.containsKey(Long.parseLong(value))) {
            return people.get(Long.parseLong(value));
        }
        var record = RECORD.matcher(value);
        if (record.matches()) {
            String name = phrase(record.group(1));
            Map<String, String> inner = fields(record.group(2).replace(", ", "; "));
            return inner.isEmpty() ? name
                    : name + " (" + inner.entrySet().stream().map(f -> value(f.getKey(), f.getValue())).collect(Collectors.joining(", ")) + ")";
        }
        if (INTERNAL_NAME.matcher(value).matches() && value.length() > 1) {
            return phrase(value);
        }
        return moment(value);
    }

    private String phrase(String name) {
        for (String candidate : List.of(name, name.toUpperCase(Locale.ROOT))) {
            for (String prefix : VALUE_PREFIXES) {
                if (ui.messages().has(prefix + candidate)) {
                    return ui.text(prefix + candidate);
                }
            }
        }
        return name;
    }

    /** An instant or a date as the screens write them; anything else as it was recorded. */
    private String moment(String value) {
        try {
            if (value.length() >= 20 && value.charAt(10) == 'T') {
                return ui.times().dateTime(Instant.parse(value));
            }
            if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
                return ui.times().date(LocalDate.parse(value));
            }
        } catch (DateTimeParseException notAMoment) {
            // Text that merely looks like a date is shown as it was recorded.
            return value;
        }
        return value;
    }

    /**
     * The "field=value; field=value" text the services write, tolerant of anything else: a
     * backslash escapes a separator, and a part without "=" is kept as free text.
     */
    static Map<String, String> fields(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\\' && i + 1 < text.length()) {
                part.append(ch).append(text.charAt(++i));
                continue;
            }
            depth += ch == '[' ? 1 : ch == ']' ? -1 : 0;
            if (ch == ';' && depth <= 0) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(ch);
            }
        }
        parts.add(part.toString());
        int free = 0;
        for (String p : parts) {
            int eq = unescapedEquals(p);
            if (eq > 0) {
                out.merge(p.substring(0, eq).strip(), unescape(p.substring(eq + 1)), (a, b) -> a + "; " + b);
            } else if (!p.isBlank()) {
                out.put(free++ == 0 ? "" : "#" + free, unescape(p).strip());
            }
        }
        return out;
    }

    private static int unescapedEquals(String part) {
        for (int i = 0; i < part.length(); i++) {
            if (part.charAt(i) == '\\') {
                i++;
            } else if (part.charAt(i) == '=') {
                return i;
            } else if (part.charAt(i) == '[') {
                return -1;
            }
        }
        return -1;
    }

    private static String unescape(String value) {
        return value.replaceAll("\\\\(.)", "$1");
    }
}
