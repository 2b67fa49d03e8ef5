package org.vigil.service;

import java.util.Set;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.export.ExportColumn;
import org.vigil.domain.export.ExportRow;

/**
 * An audit event as an export row (SIG-4). De-identified (EXP-1), the event keeps what was done,
 * to what kind of record and when; the record's number becomes this export's key, unless it names
 * something that is about no person (a setting, a permission, a product); the values before and
 * after and the reason are left out, since they hold names, dates of birth and typed reasons.
 */
final class AuditRows {

    /** Entity types whose ids say nothing about a person. */
    private static final Set<String> IMPERSONAL = Set.of("setting", "permission", "product", "clinic", "backup", "export");

    private final ExportSubjects subjects;

    AuditRows(ExportSubjects subjects) {
        this.subjects = subjects;
    }

    void event(AuditEvent e, ExportRow row) {
        row.put(ExportColumn.EVENT, e.seq()).put(ExportColumn.AT, subjects.time(e.at())).put(ExportColumn.USER, user(e))
                .put(ExportColumn.ACTION, e.action()).put(ExportColumn.ENTITY_TYPE, e.entityType()).put(ExportColumn.ENTITY, entity(e))
                .put(ExportColumn.OLD_VALUE, e.oldValue()).put(ExportColumn.NEW_VALUE, e.newValue())
                .put(ExportColumn.EVENT_REASON, e.reason()).put(ExportColumn.HASH, e.hash());
    }

    private String user(AuditEvent e) {
        if (!subjects.deidentified()) {
            return e.username();
        }
        if (e.userId() != null) {
            return subjects.keys().staff(e.userId());
        }
        return e.username() == null || e.username().isBlank() ? "" : subjects.keys().staffNamed(e.username());
    }

    private String entity(AuditEvent e) {
        String id = e.entityId();
        if (!subjects.deidentified() || id == null || e.entityType() == null || IMPERSONAL.contains(e.entityType())) {
            return id;
        }
        // Failed logins name the account by the user name typed, not by its number.
        if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
            return "user".equals(e.entityType()) ? subjects.keys().staffNamed(id) : subjects.keys().record(e.entityType(), id);
        }
        long number = Long.parseLong(id);
        return switch (e.entityType()) {
            case "patient" -> subjects.keys().patient(number);
            case "session" -> subjects.keys().session(number);
            case "user" -> subjects.keys().staff(number);
            case "register_entry" -> subjects.keys().entry(number);
            default -> subjects.keys().record(e.entityType(), id);
        };
    }
}
