package org.vigil.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a role may do (ROLE-1). The service layer checks these on every call (ROLE-2); the UI
 * only uses them to decide what to show.
 */
public enum Permission {
    MANAGE_USERS(Role.ADMIN),
    CHANGE_SYSTEM_SETTINGS(Role.ADMIN),
    /** Protocol settings hold clinical numbers: manager or admin, with a reason. */
    CHANGE_PROTOCOL_SETTINGS(Role.MANAGER, Role.ADMIN),
    READ_SETTINGS(Role.NURSE, Role.PRESCRIBER, Role.MANAGER, Role.ADMIN),
    VERIFY_AUDIT_CHAIN(Role.MANAGER, Role.ADMIN),
    /**
     * SETUP-1: taking backups, their folder and schedule, and acknowledging a failed one. A backup
     * carries every record out of the program: the administrator's, who answers for the machine.
     */
    MANAGE_BACKUPS(Role.ADMIN),
    /** ROLE-1: managers read everything; administrators make and see no clinical records. */
    VIEW_PATIENTS(Role.NURSE, Role.PRESCRIBER, Role.MANAGER),
    REGISTER_PATIENTS(Role.NURSE, Role.PRESCRIBER),
    /** Screening answers, outcome scales, monitoring results, bookings: the nurse's clinical entries. */
    RECORD_CLINICAL(Role.NURSE, Role.PRESCRIBER),
    /** Starting and deciding on courses, and overriding a rule with a reason (PAT-2, PAT-3, SCH). */
    PRESCRIBE(Role.PRESCRIBER),
    /** The controlled-drug register is read by the clinical staff and the manager who answers for it (CD-4, CD-7). */
    READ_REGISTER(Role.NURSE, Role.PRESCRIBER, Role.MANAGER),
    /** Receiving, wasting, counting and correcting stock: the clinical staff; a manager resolves, never handles (CD-2, CD-5, CD-6). */
    HANDLE_STOCK(Role.NURSE, Role.PRESCRIBER),
    /** PROD-3: the product catalogue is the manager's. */
    MANAGE_PRODUCTS(Role.MANAGER),
    /** CD-6: a manager resolves count discrepancies and follows loss or theft incidents; nobody who counts resolves. */
    RESOLVE_DISCREPANCIES(Role.MANAGER),
    /** A session's report and the patient's discharge advice are printed on the floor; managers print any day's (DIS-3, SIG-4). */
    PRINT_SESSION_REPORTS(Role.NURSE, Role.PRESCRIBER, Role.MANAGER),
    /** Period reports answer for the clinic: the manager's (SIG-4). */
    READ_CLINIC_REPORTS(Role.MANAGER),
    /** PAT-6: the risk programme's monitoring forms are filed by the prescriber who answers for the session, or the manager. */
    FILE_MONITORING_FORMS(Role.PRESCRIBER, Role.MANAGER),
    /** Exports leave the program with patients' records in them: the manager's, de-identified or not. */
    EXPORT_RECORDS(Role.MANAGER);

    private final Set<Role> roles;

    Permission(Role first, Role... rest) {
        this.roles = EnumSet.of(first, rest);
    }

    public boolean grantedTo(Set<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }
}
