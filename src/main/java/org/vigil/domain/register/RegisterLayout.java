package org.vigil.domain.register;

import static org.vigil.domain.register.RegisterColumn.BALANCE;
import static org.vigil.domain.register.RegisterColumn.COUNTERPARTY;
import static org.vigil.domain.register.RegisterColumn.DATE;
import static org.vigil.domain.register.RegisterColumn.ISSUED;
import static org.vigil.domain.register.RegisterColumn.LOT;
import static org.vigil.domain.register.RegisterColumn.LOT_BALANCE;
import static org.vigil.domain.register.RegisterColumn.NUMBER;
import static org.vigil.domain.register.RegisterColumn.PATIENT;
import static org.vigil.domain.register.RegisterColumn.PRESCRIBER;
import static org.vigil.domain.register.RegisterColumn.QUANTITY;
import static org.vigil.domain.register.RegisterColumn.RECEIVED;
import static org.vigil.domain.register.RegisterColumn.SIGNATURES;
import static org.vigil.domain.register.RegisterColumn.SUMMARY;

import java.util.List;

/**
 * CD-7: the columns of the printed register, as each jurisdiction's inspector reads it (setting
 * {@code cd.registerLayout}). Every layout numbers its entries and prints their signatures, so a
 * correction can name what it corrects and SIG-1 holds on paper.
 */
public enum RegisterLayout {
    /**
     * China's 麻醉药品、第一类精神药品专用账册: one book per product and strength, 入库 and 出库 apart,
     * 结存 per product and per batch, the patient's name and ID number, the prescriber, and
     * 经手人 / 复核人 (handler and checker).
     */
    CN(List.of(NUMBER, DATE, SUMMARY, LOT, RECEIVED, ISSUED, BALANCE, LOT_BALANCE, PATIENT, PRESCRIBER, SIGNATURES)),
    /**
     * The UK's Misuse of Drugs Regulations 2001, Schedule 6: the date, the name and address of the
     * supplier or of the person supplied, the prescriber, the quantity received or supplied, and
     * who gave or collected it; the running balance as good practice asks.
     */
    UK(List.of(NUMBER, DATE, SUMMARY, COUNTERPARTY, PRESCRIBER, RECEIVED, ISSUED, BALANCE, SIGNATURES)),
    /**
     * 21 CFR 1304.22(c): the date, the number of units or volume, the supplier or the patient, who
     * administered it, and the prescriber; the lot, as the REMS and destruction records need it.
     */
    US(List.of(NUMBER, DATE, SUMMARY, LOT, QUANTITY, COUNTERPARTY, PRESCRIBER, BALANCE, SIGNATURES));

    private final List<RegisterColumn> columns;

    RegisterLayout(List<RegisterColumn> columns) {
        this.columns = columns;
    }

    /** The columns, left to right. */
    public List<RegisterColumn> columns() {
        return columns;
    }
}
