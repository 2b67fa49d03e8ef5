package org.vigil.domain.patient;

/** How to reach the patient. Empty strings when not given. */
public record Contact(String phone, String email, String address) {

    public static final Contact NONE = new Contact("", "", "");

    public Contact {
        phone = phone == null ? "" : phone.strip();
        email = email == null ? "" : email.strip();
        address = address == null ? "" : address.strip();
    }
}
