package org.vigil.domain.patient;

/** Whom to call if something happens during or after a session. Empty strings when not given. */
public record EmergencyContact(String name, String relationship, String phone) {

    public static final EmergencyContact NONE = new EmergencyContact("", "", "");

    public EmergencyContact {
        name = name == null ? "" : name.strip();
        relationship = relationship == null ? "" : relationship.strip();
        phone = phone == null ? "" : phone.strip();
    }

    public boolean isEmpty() {
        return name.isEmpty() && relationship.isEmpty() && phone.isEmpty();
    }
}
