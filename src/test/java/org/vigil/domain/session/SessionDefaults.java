package org.vigil.domain.session;

import org.vigil.domain.patient.ProtocolDefaults;

/** The session protocol on the defaults the migrations seed, optionally with one value changed. */
public final class SessionDefaults {

    private SessionDefaults() {}

    public static SessionProtocol protocol() {
        return SessionProtocol.from(ProtocolDefaults.settings());
    }

    public static SessionProtocol protocol(String key, String value) {
        return SessionProtocol.from(ProtocolDefaults.with(key, value));
    }
}
