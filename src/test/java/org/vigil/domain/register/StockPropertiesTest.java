package org.vigil.domain.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.vigil.domain.Refusal;
import org.vigil.testing.ForAll;

@DisplayName("The register's stock over any sequence of receipts, administrations, waste and corrections")
class StockPropertiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final Signer NURSE = new Signer(2, "Li Na");
    private static final String[] LOTS = {"A1", "B2", "C3"};

    /** One thing a user asks the register to write; {@code target} picks an earlier entry for a correction. */
    record Action(EntryKind kind, long productId, String lot, int units, int expiryDays, int target) {
        @Override
        public String toString() {
            return kind + "(" + productId + "/" + lot + " " + units + (kind == EntryKind.CORRECTION ? " of #" + target : "")
                    + (kind == EntryKind.RECEIPT ? " exp+" + expiryDays : "") + ")";
        }
    }

    private static List<Action> script(SplittableRandom random) {
        List<Action> actions = new ArrayList<>();
        int n = random.nextInt(1, 40);
        for (int i = 0; i < n; i++) {
            EntryKind kind = EntryKind.values()[random.nextInt(EntryKind.values().length)];
            // Mostly one expiry per lot, sometimes another (refused) or one already past (expired stock).
            int expiry = random.nextInt(10) == 0 ? -5 : random.nextInt(10) == 0 ? 400 : 200;
            actions.add(new Action(kind, random.nextInt(1, 3), LOTS[random.nextInt(LOTS.length)], random.nextInt(0, 6), expiry,
                    random.nextInt(0, 40)));
        }
        return actions;
    }

    private static List<List<Action>> shorter(List<Action> actions) {
        List<List<Action>> candidates = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            List<Action> without = new ArrayList<>(actions);
            without.remove(i);
            candidates.add(without);
        }
        return candidates;
    }

    /** The entry an action asks for, given the entries accepted so far; empty when it names nothing to correct. */
    private static Optional<EntryDraft> draft(Action a, List<RegisterEntry> accepted, Stock stock) {
        LocalDate expiry = stock.lot(a.productId(), a.lot()).map(Stock.Lot::expiry).orElse(TODAY.plusDays(a.expiryDays()));
        return switch (a.kind()) {
            case RECEIPT -> Optional.of(entry(a.productId(), a.lot(), TODAY.plusDays(a.expiryDays()), EntryKind.RECEIPT, a.units(),
                    Optional.empty()));
            case ADMINISTRATION -> Optional.of(entry(a.productId(), a.lot(), expiry, EntryKind.ADMINISTRATION, -1, Optional.empty()));
            case WASTE -> Optional.of(entry(a.productId(), a.lot(), expiry, EntryKind.WASTE, -a.units(), Optional.empty()));
            case LOSS -> Optional.of(entry(a.productId(), a.lot(), expiry, EntryKind.LOSS, -a.units(), Optional.empty()));
            case CORRECTION -> {
                List<RegisterEntry> correctable = accepted.stream().filter(e -> e.kind() != EntryKind.CORRECTION).toList();
                if (correctable.isEmpty()) {
                    yield Optional.empty();
                }
                RegisterEntry wrong = correctable.get(a.target() % correctable.size());
                yield Optional.of(entry(wrong.productId(), wrong.lot(), wrong.content().expiry(), EntryKind.CORRECTION, -wrong.units(),
                        Optional.of(wrong.id())));
            }
        };
    }

    private static EntryDraft entry(long product, String lot, LocalDate expiry, EntryKind kind, int units, Optional<Long> corrects) {
        return new EntryDraft(product, lot, expiry, kind, units, Optional.empty(), Optional.empty(), NOW, NURSE, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), "", "", "", "", corrects);
    }

    @Test
    @DisplayName("CD-4 CD-6 balance = receipts − administrations − waste − losses ± corrections per lot and product, never below zero; a refusal changes nothing")
    void balanceReconciles() {
        ForAll.cases(StockPropertiesTest::script).tries(2_000).shrinkWith(StockPropertiesTest::shorter).describedBy(List::toString)
                .check("CD-4 running balance", actions -> {
                    List<RegisterEntry> accepted = new ArrayList<>();
                    Stock stock = Stock.empty();
                    for (Action a : actions) {
                        Optional<EntryDraft> draft = draft(a, accepted, stock);
                        if (draft.isEmpty()) {
                            continue;
                        }
                        Optional<Refusal> refusal = stock.check(draft.get(), TODAY);
                        if (refusal.isPresent()) {
                            assertThat(Stock.of(accepted).lots()).as("a refused %s changes nothing", a).isEqualTo(stock.lots());
                            continue;
                        }
                        stock = stock.with(draft.get());
                        accepted.add(new RegisterEntry(accepted.size() + 1, draft.get(), NOW));

                        Map<String, Integer> sums = new HashMap<>();
                        for (RegisterEntry e : accepted) {
                            sums.merge(e.productId() + "/" + e.lot(), e.units(), Integer::sum);
                        }
                        for (Stock.Lot lot : stock.lots()) {
                            assertThat(lot.units()).as("lot %s/%s after %s", lot.productId(), lot.lot(), a).isNotNegative()
                                    .isEqualTo(sums.get(lot.productId() + "/" + lot.lot()));
                        }
                        assertThat(Stock.of(accepted).lots()).as("replayed from the entries").isEqualTo(stock.lots());
                        for (long product = 1; product <= 2; product++) {
                            long p = product;
                            List<RegisterEntry> book = accepted.stream().filter(e -> e.productId() == p).toList();
                            int lots = stock.lots().stream().filter(l -> l.productId() == p).mapToInt(Stock.Lot::units).sum();
                            int last = RegisterBook.lines(book).stream().reduce((x, y) -> y).map(RegisterBook.Line::productBalance).orElse(0);
                            assertThat(last).as("the book's running balance of product %s", p).isEqualTo(lots);
                        }
                    }
                });
    }

    @Test
    @DisplayName("CD-4 an administration from an expired lot, an unknown lot or an empty lot is refused with its reason")
    void administrationRefusals() {
        Stock stock = Stock.empty()
                .with(entry(1, "OLD", TODAY.minusDays(1), EntryKind.RECEIPT, 3, Optional.empty()))
                .with(entry(1, "ONE", TODAY.plusDays(90), EntryKind.RECEIPT, 1, Optional.empty()));

        assertThat(stock.check(entry(1, "OLD", TODAY.minusDays(1), EntryKind.ADMINISTRATION, -1, Optional.empty()), TODAY))
                .map(Refusal::messageKey).contains("register.lot.expired");
        assertThat(stock.check(entry(1, "NOPE", TODAY, EntryKind.ADMINISTRATION, -1, Optional.empty()), TODAY))
                .map(Refusal::messageKey).contains("register.lot.notInStock");
        Stock empty = stock.with(entry(1, "ONE", TODAY.plusDays(90), EntryKind.ADMINISTRATION, -1, Optional.empty()));
        assertThat(empty.check(entry(1, "ONE", TODAY.plusDays(90), EntryKind.ADMINISTRATION, -1, Optional.empty()), TODAY))
                .map(Refusal::messageKey).contains("register.balance.negative");
        assertThat(stock.check(entry(1, "OLD", TODAY.minusDays(1), EntryKind.WASTE, -3, Optional.empty()), TODAY))
                .as("expired stock is wasted, not given").isEmpty();
        assertThat(stock.proposed(1, TODAY)).map(Stock.Lot::lot).as("ADM-3 the earliest usable lot, never an expired one")
                .contains("ONE");
    }
}
