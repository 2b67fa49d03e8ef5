package org.vigil.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.vigil.domain.PasswordPolicy;

/**
 * Argon2id with the OWASP minimum (m = 19 MiB, t = 2, p = 1, {@link HashCost#PRODUCTION}) and a
 * unique random salt per password. Hashes are stored in the PHC string format so that the
 * parameters travel with each hash and can be raised later without locking anyone out; for the
 * same reason a hash verifies whatever cost this hasher makes new hashes with.
 */
final class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    /**
     * One set of 1 KiB blocks kept for every hash (cleared by the generator before it returns
     * them). Without it each login, unlock or signature allocated 19 MiB that was still live when
     * a young collection came, and copying it stalled the chair board for 30-50 ms.
     */
    private static final Argon2BytesGenerator.BlockPool BLOCKS =
            new Argon2BytesGenerator.FixedBlockPool(Argon2BytesGenerator.getBlockCount(
                    HashCost.PRODUCTION.memoryKib(), HashCost.PRODUCTION.parallelism()));

    private final SecureRandom random;
    private final HashCost cost;

    PasswordHasher(SecureRandom random, HashCost cost) {
        this.random = random;
        this.cost = cost;
    }

    String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2(password, salt, cost.memoryKib(), cost.iterations(), cost.parallelism(), HASH_BYTES);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + cost.memoryKib() + ",t=" + cost.iterations() + ",p=" + cost.parallelism()
                + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    boolean matches(String password, String stored) {
        if (stored == null || !stored.startsWith("$argon2id$")) {
            return false;
        }
        String[] parts = stored.split("\\$");
        // ["", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash]
        if (parts.length != 6) {
            return false;
        }
        int m = 0;
        int t = 0;
        int p = 0;
        for (String param : parts[3].split(",")) {
            String[] kv = param.split("=");
            switch (kv[0]) {
                case "m" -> m = Integer.parseInt(kv[1]);
                case "t" -> t = Integer.parseInt(kv[1]);
                case "p" -> p = Integer.parseInt(kv[1]);
                default -> {
                    return false;
                }
            }
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] salt = b64.decode(parts[4]);
        byte[] expected = b64.decode(parts[5]);
        byte[] actual = argon2(password, salt, m, t, p, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] argon2(String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .withBlockPool(BLOCKS)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(PasswordPolicy.normalise(password).getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
