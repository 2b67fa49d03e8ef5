package org.vigil.domain.register;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.vigil.domain.ContentHash;

/**
 * A blind count of the controlled-drug cupboard (CD-6): what the counter found per lot, what the
 * register expected at that moment, and the second person who co-signed it.
 */
public record StockCount(long id, CountKind kind, Instant at, Signer counter, Signer cosigner, List<Line> lines) {

    /** One lot as counted; {@code expected} is the register's balance, never shown to the counter first. */
    public record Line(long productId, String lot, int expected, int counted) {

        public boolean matches() {
            return expected == counted;
        }
    }

    public StockCount {
        at = at.truncatedTo(ChronoUnit.MICROS);
        lines = List.copyOf(lines);
    }

    public List<Line> mismatches() {
        return lines.stream().filter(l -> !l.matches()).toList();
    }

    /** SIG-3: the hash the co-signature ("count verified") is bound to. */
    public String contentHash() {
        return ContentHash.of(Stream.concat(Stream.of(kind, at, counter.userId(), counter.name(), cosigner.userId(), cosigner.name()),
                lines.stream().flatMap(l -> Stream.of(l.productId(), l.lot(), l.expected(), l.counted()))).toArray());
    }
}
