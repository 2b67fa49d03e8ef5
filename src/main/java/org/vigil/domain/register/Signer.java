package org.vigil.domain.register;

/** A user as a register entry names them: the account and the printed name (SIG-1). */
public record Signer(long userId, String name) {}
