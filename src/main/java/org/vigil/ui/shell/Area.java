package org.vigil.ui.shell;

import org.vigil.domain.Permission;

/**
 * The areas of the main window, each shown only to roles that may use it. Areas that later
 * issues build (board, patients, register, reports) join this list when they exist.
 */
enum Area {
    /** The nurses' home screen: those who run sessions see it first. */
    BOARD("nav.board", Permission.RECORD_CLINICAL),
    CLINIC_DAY("nav.clinicDay", Permission.VIEW_PATIENTS),
    PATIENTS("nav.patients", Permission.VIEW_PATIENTS),
    /** The controlled-drug register: clinical staff and the manager who answers for it; never the administrator (ROLE-1). */
    REGISTER("nav.register", Permission.READ_REGISTER),
    /** PAT-6: the risk programme's monitoring forms, filed by the prescriber who answers for the session or the manager. */
    MONITORING_FORMS("nav.monitoringForms", Permission.FILE_MONITORING_FORMS),
    /** The manager's period reports (issue 13): the clinic's figures answer to the manager. */
    REPORTS("nav.reports", Permission.READ_CLINIC_REPORTS),
    ADMINISTRATION("nav.administration", Permission.MANAGE_USERS),
    SETTINGS("nav.settings", Permission.READ_SETTINGS);

    final String labelKey;
    final Permission permission;

    Area(String labelKey, Permission permission) {
        this.labelKey = labelKey;
        this.permission = permission;
    }
}
