package org.vigil.domain.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One product's book (CD-4, CD-7): its entries in the order written, each with the balance it
 * leaves for the product and for its lot. China keeps one book per product and strength.
 */
public final class RegisterBook {

    /** An entry with the balances after it. */
    public record Line(RegisterEntry entry, int productBalance, int lotBalance) {}

    private RegisterBook() {}

    /** @param entries one product's entries, oldest first */
    public static List<Line> lines(List<RegisterEntry> entries) {
        return lines(Map.of(), entries);
    }

    /**
     * A book that starts with balances brought forward, as a period's pages do (CD-7).
     *
     * @param opening each lot's balance from the entries before these
     * @param entries one product's entries after them, oldest first
     */
    public static List<Line> lines(Map<String, Integer> opening, List<RegisterEntry> entries) {
        List<Line> lines = new ArrayList<>(entries.size());
        Map<String, Integer> lots = new HashMap<>(opening);
        int product = opening.values().stream().mapToInt(Integer::intValue).sum();
        for (RegisterEntry e : entries) {
            product += e.units();
            int lot = lots.merge(e.lot(), e.units(), Integer::sum);
            lines.add(new Line(e, product, lot));
        }
        return lines;
    }
}
