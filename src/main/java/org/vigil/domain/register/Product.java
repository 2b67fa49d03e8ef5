package org.vigil.domain.register;

import java.math.BigDecimal;
import java.util.Optional;
import org.vigil.domain.Route;

/**
 * A product the clinic stocks (PROD-3): a row the manager maintains, never deleted once used.
 * China keeps one register book per product and strength, so each product is one book.
 *
 * @param mlPerUnit the volume of one vial; empty for a device
 */
public record Product(long id, String name, Route route, StockUnit unit, BigDecimal mgPerUnit, Optional<BigDecimal> mlPerUnit,
                      boolean active) {

    /** "Esketamine nasal spray 28 mg", "Esketamine injection 50 mg / 2 mL". */
    public String strength() {
        return mlPerUnit.map(ml -> mgPerUnit.stripTrailingZeros().toPlainString() + " mg / " + ml.stripTrailingZeros().toPlainString()
                + " mL").orElse(mgPerUnit.stripTrailingZeros().toPlainString() + " mg");
    }
}
