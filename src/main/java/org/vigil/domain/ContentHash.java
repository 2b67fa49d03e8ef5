package org.vigil.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a record's fields (SIG-3, SIG-4). Fields are length-prefixed, and "~" (never a
 * length) stands for null, so no choice of values can make two different records serialise to
 * the same text.
 */
public final class ContentHash {

    private ContentHash() {}

    public static String of(Object... fields) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical(fields).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The same fields keyed: only the holder of the key can produce it (SIG-4). */
    public static String keyed(ChainKey key, Object... fields) {
        return key.mac(canonical(fields));
    }

    static String canonical(Object... fields) {
        StringBuilder canonical = new StringBuilder(256);
        for (Object field : fields) {
            if (field == null) {
                canonical.append("~;");
            } else {
                String text = field.toString();
                canonical.append(text.length()).append(':').append(text).append(';');
            }
        }
        return canonical.toString();
    }
}
