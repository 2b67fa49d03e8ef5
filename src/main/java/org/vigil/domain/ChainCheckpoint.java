package org.vigil.domain;

import java.time.Instant;

/**
 * The head of the audit chain as it was printed on a report or written into a backup. Kept
 * outside the database so that cutting events off the end of the chain is detectable (SIG-4).
 */
public record ChainCheckpoint(long seq, String hash, Instant at, String source) {}
