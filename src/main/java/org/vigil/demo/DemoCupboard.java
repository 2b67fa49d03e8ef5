package org.vigil.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.domain.Actor;
import org.vigil.domain.register.CountKind;
import org.vigil.domain.register.Discrepancy;
import org.vigil.domain.register.DiscrepancyOutcome;
import org.vigil.service.DrugRegister;
import org.vigil.service.Services;
import org.vigil.service.StockCounts;

/**
 * The demo's controlled-drug cupboard after its history is written: the prescribers have signed
 * their log except for the last days (CD-3, SIG-3), and two day-close counts were made (CD-6) —
 * the first one device short, explained and resolved by the manager; the second one vial short,
 * still open for the manager to resolve, so the demo shows both.
 */
final class DemoCupboard {

    /** Entries newer than this are left for the prescribers to sign in the demo. */
    private static final Duration LEFT_UNSIGNED = Duration.ofDays(3);

    private final Services services;
    private final String password;

    DemoCupboard(Services services, String password) {
        this.services = services;
        this.password = password;
    }

    void settle(List<Actor> prescribers, Actor counter, Actor cosigner, Actor manager) {
        signLog(prescribers);
        countOneShort(counter, cosigner, DemoRecords.PAST_NASAL_LOT).forEach(id -> services.counts().resolve(manager, id,
                DiscrepancyOutcome.EXPLAINED, "One device was in the returns tray waiting to be wasted; recounted with the manager, the "
                        + "register was right.", password).value());
        countOneShort(counter, cosigner, DemoRecords.PAST_IV_LOT);
    }

    private void signLog(List<Actor> prescribers) {
        Instant before = services.clock().instant().minus(LEFT_UNSIGNED);
        for (Actor prescriber : prescribers) {
            List<Long> older = services.register().awaitingSignature(prescriber).value().stream()
                    .filter(l -> l.entry().content().at().isBefore(before)).map(l -> l.entry().id()).toList();
            if (!older.isEmpty()) {
                services.register().sign(prescriber, password, older).value();
            }
        }
    }

    /** A blind day-close count that finds one unit fewer of the lot than the register holds; returns the discrepancies it opened. */
    private List<Long> countOneShort(Actor counter, Actor cosigner, String shortLot) {
        Map<String, Integer> balances = new HashMap<>();
        for (DrugRegister.LotLine line : services.register().stock(counter).value()) {
            balances.put(line.product().id() + "/" + line.lot().lot(), line.lot().units());
        }
        List<StockCounts.CountedLot> counted = services.counts().sheet(counter).value().stream()
                .map(s -> {
                    int held = balances.getOrDefault(s.product().id() + "/" + s.lot(), 0);
                    return new StockCounts.CountedLot(s.product().id(), s.lot(), s.lot().equals(shortLot) ? held - 1 : held);
                }).toList();
        return services.counts().count(counter, CountKind.DAY_CLOSE, counted, cosigner, password).value().opened().stream()
                .map(Discrepancy::id).toList();
    }
}
