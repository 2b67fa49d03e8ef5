package org.vigil.domain;

/** Names of the settings the code reads. Values and bounds live in the database. */
public final class SettingKeys {

    private SettingKeys() {}

    public static final String IDLE_LOCK_MINUTES = "security.idleLockMinutes";
    public static final String PASSWORD_MIN_LENGTH = "security.passwordMinLength";
    public static final String PASSWORD_MAX_LENGTH = "security.passwordMaxLength";
    /** SETUP-2: the shortest backup passphrase an administrator may set. */
    public static final String BACKUP_PASSPHRASE_MIN_LENGTH = "backup.passphraseMinLength";
    public static final String LOGIN_MAX_FAILURES = "security.loginMaxFailures";
    public static final String LOGIN_LOCKOUT_MINUTES = "security.loginLockoutMinutes";
    public static final String RESET_CODE_VALID_HOURS = "security.resetCodeValidHours";
    public static final String CLINIC_CHAIRS = "clinic.chairs";
    /** SCH-6: the chairs in the order the board shows them, as the room is laid out (issue 15). */
    public static final String CLINIC_CHAIR_ORDER = "clinic.chairOrder";
    /** CD-2: a lot this close to its expiry is flagged on the stock list. */
    public static final String CD_EXPIRY_WARNING_DAYS = "cd.expiryWarningDays";
    /** CD-6: business days to notify the authority of a loss or theft. */
    public static final String CD_LOSS_NOTICE_BUSINESS_DAYS = "cd.loss.noticeBusinessDays";
    /** CD-6: calendar days to file the loss or theft report. */
    public static final String CD_LOSS_FORM_DAYS = "cd.loss.formDays";
    /** CD-8: years register records are kept after the stock's expiry. */
    public static final String CD_RETENTION_YEARS = "cd.retentionYears";
    /** CD-7: the jurisdiction whose columns the printed register has (CN, UK or US). */
    public static final String CD_REGISTER_LAYOUT = "cd.registerLayout";
    /** Every printed report fits this paper: A4 or LETTER. */
    public static final String PRINT_PAPER_SIZE = "print.paperSize";
    /** DIS-3: the clinic's own language (EN or ZH_CN), for patients who have not said they read another. */
    public static final String CLINIC_LANGUAGE = "clinic.language";
    /** PAT-6: days after the session by which its monitoring form must reach the risk programme. */
    public static final String MONITORING_FORM_DAYS = "pat.monitoringFormDays";
    /** PAT-6: a form this many days or fewer from its deadline is shown as due soon. */
    public static final String MONITORING_FORM_DUE_SOON_DAYS = "pat.monitoringFormDueSoonDays";
    /** SETUP-1: the folder the daily backup is written to; empty means no automatic backup. */
    public static final String BACKUP_FOLDER = "backup.folder";
    /** SETUP-1: ON to take the daily backup at {@link #BACKUP_SCHEDULE_TIME}, OFF to take none. */
    public static final String BACKUP_SCHEDULE_ENABLED = "backup.schedule.enabled";
    /** SETUP-1: the local time of day (HH:mm) of the daily backup. */
    public static final String BACKUP_SCHEDULE_TIME = "backup.schedule.time";
    /** SETUP-1: how many of its own daily backups the schedule keeps in the folder. */
    public static final String BACKUP_KEEP = "backup.keep";
}
