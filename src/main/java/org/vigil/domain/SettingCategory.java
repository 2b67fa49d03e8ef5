package org.vigil.domain;

/** Who may change a setting: clinical numbers are protocol, the rest system (ROLE-1). */
public enum SettingCategory {
    PROTOCOL(Permission.CHANGE_PROTOCOL_SETTINGS),
    SYSTEM(Permission.CHANGE_SYSTEM_SETTINGS);

    private final Permission changePermission;

    SettingCategory(Permission changePermission) {
        this.changePermission = changePermission;
    }

    public Permission changePermission() {
        return changePermission;
    }
}
