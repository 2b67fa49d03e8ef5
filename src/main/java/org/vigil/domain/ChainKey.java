package org.vigil.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that keys the audit chain (SIG-4). With a plain hash, whoever can write the
 * database can rewrite the chain and recompute every link; with an HMAC they also need this key,
 * which is kept outside the database.
 *
 * @param keyedFrom the first event hashed with the key. A clinic that ran an earlier Vigil has
 *     unkeyed events before it; the first keyed event's link binds them.
 */
public record ChainKey(byte[] key, long keyedFrom) {

    public ChainKey {
        key = key.clone();
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    public boolean keys(long seq) {
        return seq >= keyedFrom;
    }

    /** HMAC-SHA256 of a canonical text, as hex. */
    public String mac(String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "ChainKey[keyed from " + keyedFrom + "]";
    }
}
