package org.vigil.domain;

/** Names of the settings the code reads. Values and bounds live in the database. */
public final class SettingKeys {

    private SettingKeys() {}

    public static final String IDLE_LOCK_MINUTES = "security.idleLockMinutes";
    public static final String PASSWORD_MIN_LENGTH = "security.passwordMinLength";
    public static final String PASSWORD_MAX_LENGTH = "security.passwordMaxLength";
    public static final String LOGIN_MAX_FAILURES = "security.loginMaxFailures";
    public static final String LOGIN_LOCKOUT_MINUTES = "security.loginLockoutMinutes";
    public static final String RESET_CODE_VALID_HOURS = "security.resetCodeValidHours";
    public static final String CLINIC_CHAIRS = "clinic.chairs";
    /** CD-2: a lot this close to its expiry is flagged on the stock list. */
    public static final String CD_EXPIRY_WARNING_DAYS = "cd.expiryWarningDays";
}
