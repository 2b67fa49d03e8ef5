package org.vigil.domain.export;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * EXP-1: the keys a de-identified export gives its patients, sessions, staff and entries. Each
 * key is an HMAC-SHA-256 of the record's kind and number under a secret made for this one
 * export and never stored: the rows of one patient carry the same key, so they link up inside
 * the file, but the same patient has another key in every other export, so two exports cannot
 * be joined on it, and nobody can go back from a key to the record's number.
 */
public final class Pseudonyms {

    /** 48 bits: for 100 000 records in one export, a clash has odds of about 1 in 56 000. */
    private static final int HEX_DIGITS = 12;

    private final Mac mac;

    /** @param secret random bytes made for this export only (at least 32) */
    public Pseudonyms(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("an export's secret has at least 32 bytes");
        }
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    /** "P-3f9a1c2b7d40" for a patient; the letter says what kind of record it stands for. */
    public String patient(long id) {
        return key("P", "patient", Long.toString(id));
    }

    public String session(long id) {
        return key("S", "session", Long.toString(id));
    }

    /** Staff by their account; names typed elsewhere (a failed login's user name) by the name. */
    public String staff(long userId) {
        return key("U", "user", Long.toString(userId));
    }

    public String staffNamed(String username) {
        return key("U", "username", username);
    }

    public String entry(long id) {
        return key("E", "register_entry", Long.toString(id));
    }

    /** Any other record that can lead back to a patient (a course, a scale, an incident). */
    public String record(String kind, String id) {
        return key("R", kind, id);
    }

    private String key(String letter, String kind, String id) {
        byte[] digest;
        synchronized (mac) {
            digest = mac.doFinal((kind + ':' + id).getBytes(StandardCharsets.UTF_8));
        }
        return letter + "-" + HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
    }
}
