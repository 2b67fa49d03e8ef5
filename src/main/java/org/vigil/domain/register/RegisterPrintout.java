package org.vigil.domain.register;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.vigil.domain.ChainCheckpoint;
import org.vigil.domain.PaperSize;

/**
 * CD-7: the statutory register for a period, as it is printed. One section per product and
 * strength (China keeps one book per product and strength), each entry with the running balances
 * of its book (CD-4) and its signatures, each marked when it no longer holds for the entry's
 * content (SIG-1, SIG-3), and the audit chain's head at the moment of printing (SIG-4).
 *
 * <p>An entry belongs to the period in which it was written into the register, and the entries
 * keep the order in which they were written, as on paper: a correction is printed where it was
 * made, naming the entry it corrects, and the balances carried over always add up.
 *
 * @param printedBy the full name of the user, or the operator of the command line
 */
public record RegisterPrintout(String clinicName, LocalDate from, LocalDate until, ZoneId zone, RegisterLayout layout, PaperSize paper, String printedBy,
                               Instant printedAt, ChainCheckpoint chainHead, List<Section> sections) {

    public RegisterPrintout {
        sections = List.copyOf(sections);
    }

    /** One product's book for the period, between the balances brought forward and carried forward. */
    public record Section(Product product, int opening, List<LotBalance> openingLots, List<Line> lines, int closing,
                          List<LotBalance> closingLots) {

        public Section {
            openingLots = List.copyOf(openingLots);
            lines = List.copyOf(lines);
            closingLots = List.copyOf(closingLots);
        }
    }

    /** A lot's balance at the start or the end of the period. */
    public record LotBalance(String lot, int units) {}

    /**
     * An entry as printed.
     *
     * @param correctedBy the correction that reverses this entry, when there is one (printed or not)
     */
    public record Line(RegisterBook.Line book, List<Signature> signatures, Optional<Long> correctedBy) {

        public Line {
            signatures = List.copyOf(signatures);
        }

        public RegisterEntry entry() {
            return book.entry();
        }
    }

    /** SIG-1 and SIG-3: a signature and whether it holds for the entry as it now reads. */
    public record Signature(EntrySignature signature, boolean holds) {}

    /**
     * One product's book for the period; empty when the product had no entry written before the
     * period ended.
     *
     * @param opening each lot's balance from the entries written before the period
     * @param written the product's lines written in the period, in the order written, their balances carried from {@code opening}
     * @param correctedBy for entries of the period that were corrected (then or later), the correction's number
     */
    public static Optional<Section> section(Product product, Map<String, Integer> opening, List<RegisterBook.Line> written,
                                            Map<Long, List<EntrySignature>> signatures, Map<Long, Long> correctedBy) {
        TreeMap<String, Integer> brought = new TreeMap<>(opening);
        TreeMap<String, Integer> closing = new TreeMap<>(opening);
        List<Line> lines = new ArrayList<>();
        for (RegisterBook.Line l : written) {
            RegisterEntry e = l.entry();
            closing.merge(e.lot(), e.units(), Integer::sum);
            List<Signature> signed = signatures.getOrDefault(e.id(), List.of()).stream().map(s -> new Signature(s, s.holdsFor(e))).toList();
            lines.add(new Line(l, signed, Optional.ofNullable(correctedBy.get(e.id()))));
        }
        if (closing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Section(product, total(brought), held(brought), lines, total(closing), held(closing)));
    }

    private static int total(Map<String, Integer> lots) {
        return lots.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The lots that hold stock, by lot number: a lot used up is not carried forward. */
    private static List<LotBalance> held(TreeMap<String, Integer> lots) {
        return lots.entrySet().stream().filter(e -> e.getValue() != 0).map(e -> new LotBalance(e.getKey(), e.getValue())).toList();
    }
}
