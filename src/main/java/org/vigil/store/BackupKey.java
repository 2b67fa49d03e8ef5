package org.vigil.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The AES-256 key of a clinic's backups, derived from the backup passphrase by Argon2id with the
 * salt and costs every archive carries in its header. The key (never the passphrase) is kept in
 * the user's key ring, so that scheduled backups and {@code verify} read backups without asking;
 * a restore on another workstation derives it again from the typed passphrase.
 *
 * @param salt random, 16 bytes, new at every passphrase change
 * @param memoryKib Argon2id memory cost
 * @param iterations Argon2id passes
 * @param parallelism Argon2id lanes
 * @param key the derived 32-byte key
 */
public record BackupKey(byte[] salt, int memoryKib, int iterations, int parallelism, byte[] key) {

    /**
     * 64 MiB, 3 passes, 1 lane: four times the OWASP password minimum, since a lost backup disk
     * can be attacked offline for as long as the attacker likes. About 0.3 s on this project's
     * workstations (README); a restore or a passphrase change derives it once.
     */
    public static final int MEMORY_KIB = 64 * 1024;
    public static final int ITERATIONS = 3;
    public static final int PARALLELISM = 1;
    /** Bounds a header may ask for: a forged header must not make a restore allocate gigabytes or spin for hours. */
    static final int MAX_MEMORY_KIB = 1024 * 1024;
    static final int MAX_ITERATIONS = 20;
    static final int MAX_PARALLELISM = 8;
    static final int SALT_BYTES = 16;
    static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    public BackupKey {
        salt = salt.clone();
        key = key.clone();
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("backup key is not 256 bits");
        }
    }

    /** A new key for a newly set passphrase, with a new salt. */
    public static BackupKey fromNewPassphrase(char[] passphrase) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return derive(passphrase, salt, MEMORY_KIB, ITERATIONS, PARALLELISM);
    }

    /** The key a passphrase gives under the salt and costs a backup's header names. */
    public static BackupKey derive(char[] passphrase, byte[] salt, int memoryKib, int iterations, int parallelism) {
        if (memoryKib < 8 || memoryKib > MAX_MEMORY_KIB || iterations < 1 || iterations > MAX_ITERATIONS
                || parallelism < 1 || parallelism > MAX_PARALLELISM || salt.length < 8) {
            throw new IllegalArgumentException("Argon2id parameters out of bounds");
        }
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] secret = utf8(passphrase);
        byte[] out = new byte[KEY_BYTES];
        try {
            generator.generateBytes(secret, out);
            return new BackupKey(salt, memoryKib, iterations, parallelism, out);
        } finally {
            Arrays.fill(secret, (byte) 0);
            Arrays.fill(out, (byte) 0);
        }
    }

    /** The same passphrase always gives the same key, however it was typed (NFKC, as for passwords). */
    private static byte[] utf8(char[] passphrase) {
        String normalised = Normalizer.normalize(CharBuffer.wrap(passphrase), Normalizer.Form.NFKC);
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(normalised);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return bytes;
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    public String saltHex() {
        return HexFormat.of().formatHex(salt);
    }

    /**
     * A short value that tells whether a typed passphrase gives this key, so a wrong passphrase is
     * named as such and not taken for a damaged backup. It reveals no more than the archive's own
     * authentication tags already do to someone guessing passphrases.
     */
    public String check() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(Arrays.copyOf(mac.doFinal("vigil backup key check".getBytes(StandardCharsets.US_ASCII)), 16));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    boolean sameAs(BackupKey other) {
        return MessageDigest.isEqual(key, other.key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BackupKey other && MessageDigest.isEqual(salt, other.salt) && sameAs(other)
                && memoryKib == other.memoryKib && iterations == other.iterations && parallelism == other.parallelism;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(salt);
    }

    @Override
    public String toString() {
        // The key never reaches a log through a careless concatenation.
        return "BackupKey[salt " + saltHex() + ", m=" + memoryKib + ", t=" + iterations + ", p=" + parallelism + "]";
    }
}
