package org.vigil.domain.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.domain.Refusal;

/**
 * The balance of every lot, as the register's entries leave it (CD-4): receipts add, administrations
 * and waste take, corrections reverse. Pure: the service reads the entries, asks whether the next
 * one may be written, and writes it only then, so a balance can never go below zero.
 */
public final class Stock {

    /** One lot of one product on the shelf. */
    public record Lot(long productId, String lot, LocalDate expiry, int units) {

        public boolean expiredOn(LocalDate day) {
            return expiry.isBefore(day);
        }
    }

    private record Key(long productId, String lot) {}

    private final Map<Key, Lot> lots;

    private Stock(Map<Key, Lot> lots) {
        this.lots = lots;
    }

    public static Stock empty() {
        return new Stock(new LinkedHashMap<>());
    }

    /** The stock the entries leave, in the order they were written. */
    public static Stock of(Collection<RegisterEntry> entries) {
        Map<Key, Lot> lots = new LinkedHashMap<>();
        for (RegisterEntry entry : entries) {
            apply(lots, entry.content());
        }
        return new Stock(lots);
    }

    /** The stock from each lot's balance, as the database sums the entries (the same lots {@link #of} works out). */
    public static Stock ofLots(Collection<Lot> balances) {
        Map<Key, Lot> lots = new LinkedHashMap<>();
        for (Lot lot : balances) {
            lots.put(new Key(lot.productId(), lot.lot()), lot);
        }
        return new Stock(lots);
    }

    /** The lot's balance now; zero for a lot never received. */
    public int balance(long productId, String lot) {
        Lot found = lots.get(new Key(productId, lot));
        return found == null ? 0 : found.units();
    }

    public Optional<Lot> lot(long productId, String lot) {
        return Optional.ofNullable(lots.get(new Key(productId, lot)));
    }

    /** Every lot ever received, by product and expiry. */
    public List<Lot> lots() {
        List<Lot> all = new ArrayList<>(lots.values());
        all.sort(Comparator.comparingLong(Lot::productId).thenComparing(Lot::expiry).thenComparing(Lot::lot));
        return all;
    }

    /** ADM-3: the lot a device or vial is proposed from — the earliest-expiring one that may be used today. */
    public Optional<Lot> proposed(long productId, LocalDate today) {
        return lots().stream().filter(l -> l.productId() == productId && l.units() > 0 && !l.expiredOn(today)).findFirst();
    }

    /**
     * CD-4: why this entry may not be written now, or empty when it may. A receipt needs a lot, an
     * expiry and a positive quantity, and a lot keeps the expiry it was first received with; an
     * administration needs a lot in stock that has not expired; nothing may take a balance below zero.
     */
    public Optional<Refusal> check(EntryDraft entry, LocalDate today) {
        if (entry.lot().isEmpty()) {
            return Optional.of(Refusal.of("CD-4", "register.lot.required"));
        }
        Optional<Lot> lot = lot(entry.productId(), entry.lot());
        switch (entry.kind()) {
            case RECEIPT -> {
                if (entry.units() <= 0) {
                    return Optional.of(Refusal.of("CD-2", "register.receipt.quantity"));
                }
                if (lot.isPresent() && !lot.get().expiry().equals(entry.expiry())) {
                    return Optional.of(Refusal.of("CD-2", "register.lot.expiryDiffers", entry.lot(), lot.get().expiry()));
                }
                return Optional.empty();
            }
            case ADMINISTRATION -> {
                if (lot.isEmpty()) {
                    return Optional.of(Refusal.of("CD-4", "register.lot.notInStock", entry.lot()));
                }
                if (lot.get().expiredOn(today)) {
                    return Optional.of(Refusal.of("CD-4", "register.lot.expired", entry.lot(), lot.get().expiry()));
                }
            }
            case WASTE, CORRECTION, LOSS -> {
                if (lot.isEmpty()) {
                    return Optional.of(Refusal.of("CD-4", "register.lot.notInStock", entry.lot()));
                }
            }
        }
        if (entry.kind() != EntryKind.CORRECTION && entry.units() > 0) {
            return Optional.of(Refusal.of("CD-4", "register.units.taken"));
        }
        int after = lot.get().units() + entry.units();
        if (after < 0) {
            return Optional.of(Refusal.of("CD-4", "register.balance.negative", entry.lot(), lot.get().units(), -entry.units()));
        }
        return Optional.empty();
    }

    /** The stock after the entry; the caller has checked it. */
    public Stock with(EntryDraft entry) {
        Map<Key, Lot> next = new LinkedHashMap<>(lots);
        apply(next, entry);
        return new Stock(next);
    }

    private static void apply(Map<Key, Lot> lots, EntryDraft entry) {
        Key key = new Key(entry.productId(), entry.lot());
        Lot before = lots.get(key);
        LocalDate expiry = before == null ? entry.expiry() : before.expiry();
        lots.put(key, new Lot(entry.productId(), entry.lot(), expiry, (before == null ? 0 : before.units()) + entry.units()));
    }
}
