package org.vigil.domain.patient;

/**
 * Why a new registration may be a patient who is already registered. A medical record number
 * or ID number belongs to one person only, so those block; a shared name and date of birth
 * happens between different people and only asks the user to confirm.
 */
public enum DuplicateReason {
    SAME_MRN(true, "patient.duplicate.mrn"),
    SAME_ID_NUMBER(true, "patient.duplicate.idNumber"),
    SAME_NAME_AND_BIRTH_DATE(false, "patient.duplicate.nameAndBirthDate");

    private final boolean blocks;
    private final String messageKey;

    DuplicateReason(boolean blocks, String messageKey) {
        this.blocks = blocks;
        this.messageKey = messageKey;
    }

    /** True when registration is refused; false when the user may confirm it is another person. */
    public boolean blocks() {
        return blocks;
    }

    /** Message arguments: {0} existing MRN, {1} family name, {2} given name. */
    public String messageKey() {
        return messageKey;
    }
}
