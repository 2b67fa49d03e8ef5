package org.vigil.testing;

import java.time.LocalDate;
import org.vigil.domain.Actor;
import org.vigil.domain.Route;
import org.vigil.service.DrugRegister;
import org.vigil.service.Services;

/** Stock in the register for tests that give devices: CD-3 refuses a device from a lot that is not in stock. */
public final class Stockroom {

    /** The nasal lots the tests give devices from. */
    public static final String[] NASAL_LOTS = {"LOT-A1", "LOT-B7", "LOT-24A17", "LOT-P1"};

    /** The IV lot the tests draw vials from. */
    public static final String IV_LOT = "LOT-IV1";

    private Stockroom() {}

    /** Receives 20 vials of the IV lot, expiring two years after {@code today}, witnessed (CD-2). */
    public static void iv(Services services, Actor receiver, Actor witness, String witnessPassword, LocalDate today) {
        DrugRegister register = services.register();
        long iv = register.products(receiver).value().stream().filter(p -> p.route() == Route.IV).findFirst().orElseThrow().id();
        register.receive(receiver, new DrugRegister.Receipt(iv, IV_LOT, today.plusYears(2), 20, "Pharma Supplies Ltd, 1 Dock Road",
                "INV-" + IV_LOT), witness, witnessPassword).value();
    }

    /** Receives 100 nasal devices of each lot, expiring two years after {@code today}, witnessed (CD-2). */
    public static void nasal(Services services, Actor receiver, Actor witness, String witnessPassword, LocalDate today, String... lots) {
        DrugRegister register = services.register();
        long nasal = register.products(receiver).value().stream().filter(p -> p.route() == Route.NASAL).findFirst().orElseThrow().id();
        for (String lot : lots.length == 0 ? NASAL_LOTS : lots) {
            register.receive(receiver, new DrugRegister.Receipt(nasal, lot, today.plusYears(2), 100, "Pharma Supplies Ltd, 1 Dock Road",
                    "INV-" + lot), witness, witnessPassword).value();
        }
    }
}
