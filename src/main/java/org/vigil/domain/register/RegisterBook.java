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
        List<Line> lines = new ArrayList<>(entries.size());
        Map<String, Integer> lots = new HashMap<>();
        int product = 0;
        for (RegisterEntry e : entries) {
            product += e.units();
            int lot = lots.merge(e.lot(), e.units(), Integer::sum);
            lines.add(new Line(e, product, lot));
        }
        return lines;
    }
}
