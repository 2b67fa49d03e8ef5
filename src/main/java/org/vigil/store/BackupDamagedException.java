package org.vigil.store;

/** A file given to restore is not an intact Vigil backup. The message key says what is wrong. */
public class BackupDamagedException extends StoreException {

    private final String messageKey;

    public BackupDamagedException(String messageKey, Throwable cause) {
        super("Damaged backup: " + messageKey, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
