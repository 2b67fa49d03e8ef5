package org.vigil.store;

import java.util.HexFormat;

/**
 * The secrets of one data folder, which must never lie in the folder itself: whoever copies the
 * folder (a stolen backup disk, a share opened too widely, another account on the workstation)
 * gets neither the key to read the database nor the key to rewrite its audit chain.
 *
 * @param folderId the random name the data folder carries in {@link KeyRing#FOLDER_ID_FILE}
 * @param fileKey H2's file encryption password (AES), as hex
 * @param databasePassword the password of the database user, as hex
 * @param chainKey the HMAC key of the audit chain (SIG-4)
 * @param chainKeyedFrom the first audit event hashed with {@code chainKey}; events before it were
 *     written before the chain had a key (a clinic upgraded from an earlier Vigil) and keep their
 *     plain SHA-256, bound to the keyed part by the first keyed event's link
 */
public record FolderSecrets(String folderId, String fileKey, String databasePassword, byte[] chainKey, long chainKeyedFrom) {

    public FolderSecrets {
        if (chainKey.length < 32) {
            throw new IllegalArgumentException("chain key shorter than 256 bits");
        }
        chainKey = chainKey.clone();
    }

    @Override
    public byte[] chainKey() {
        return chainKey.clone();
    }

    /** H2's password for an encrypted file: the file key, a space, the user's password. */
    public String h2Password() {
        return fileKey + " " + databasePassword;
    }

    @Override
    public String toString() {
        // Secrets never reach a log through a careless string concatenation.
        return "FolderSecrets[" + folderId + ", chain keyed from " + chainKeyedFrom + "]";
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
