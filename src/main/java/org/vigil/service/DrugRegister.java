package org.vigil.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.Route;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.UserAccount;
import org.vigil.domain.patient.IdNumberFormat;
import org.vigil.domain.register.EntryDraft;
import org.vigil.domain.register.EntryKind;
import org.vigil.domain.register.EntrySignature;
import org.vigil.domain.register.Product;
import org.vigil.domain.register.RegisterBook;
import org.vigil.domain.register.RegisterEntry;
import org.vigil.domain.register.SignatureMeaning;
import org.vigil.domain.register.Signer;
import org.vigil.domain.register.Stock;
import org.vigil.domain.register.StockUnit;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionEvent.InfusionEnded;
import org.vigil.store.RegisterStore;
import org.vigil.store.Transaction;

/**
 * The controlled-drug register (CD-1 … CD-5, PROD-3, SIG-3): products, stock received with a
 * witness, waste with a witness, corrections, the books with their running balances, and the
 * prescriber's signatures. Administrations are written by the session engine, in the same
 * transaction as the device or vial they record ({@link #administer}).
 */
public final class DrugRegister {

    /** A lot on the shelf as the stock list shows it. */
    public record LotLine(Product product, Stock.Lot lot, boolean expired, boolean expiresSoon) {}

    /** A line of a book with its signatures and whether they all still hold for its content (SIG-3). */
    public record Line(Product product, RegisterBook.Line line, List<EntrySignature> signatures) {

        public RegisterEntry entry() {
            return line.entry();
        }

        public boolean signaturesHold() {
            return signatures.stream().allMatch(s -> s.holdsFor(line.entry()));
        }

        public boolean awaitsPrescriber() {
            return line.entry().content().prescriber().isPresent()
                    && signatures.stream().noneMatch(s -> s.meaning() == SignatureMeaning.PRESCRIBER_CONFIRMED);
        }
    }

    /** One product's book: every entry in order with the balances after it. */
    public record Book(Product product, List<Line> lines) {}

    /** What a receipt records (CD-2). */
    public record Receipt(long productId, String lot, LocalDate expiry, int quantity, String supplier, String reference) {}

    /** A correction's right entry: the lot, expiry and quantity the corrected entry should have had. */
    public record Replacement(String lot, LocalDate expiry, int units) {}

    private final ClinicalContext ctx;
    private final RegisterStore register;
    private final Accounts accounts;

    DrugRegister(ClinicalContext ctx, RegisterStore register, Accounts accounts) {
        this.ctx = ctx;
        this.register = register;
        this.accounts = accounts;
    }

    public Outcome<List<Product>> products(Actor actor) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.READ_REGISTER, "register.products");
        return refused != null ? Outcome.refused(refused) : Outcome.done(ctx.database.read(register::products));
    }

    /** PROD-3: a manager adds a product; it is never deleted, only retired. */
    public Outcome<Product> addProduct(Actor actor, String name, Route route, BigDecimal mgPerUnit, BigDecimal mlPerUnit) {
        return ctx.database.write(tx -> {
            Refusal refused = ctx.audit.refuseUnless(tx, actor, Permission.MANAGE_PRODUCTS, "register.addProduct");
            if (refused != null) {
                return Outcome.<Product>refused(refused);
            }
            if (name == null || name.isBlank() || mgPerUnit == null || mgPerUnit.signum() <= 0
                    || (route == Route.IV && (mlPerUnit == null || mlPerUnit.signum() <= 0))) {
                return Outcome.<Product>refused(Refusal.of("PROD-3", "register.product.incomplete"));
            }
            if (register.products(tx).stream().anyMatch(p -> p.name().equalsIgnoreCase(name.strip()))) {
                return Outcome.<Product>refused(Refusal.of("PROD-3", "register.product.exists", name.strip()));
            }
            StockUnit unit = route == Route.IV ? StockUnit.VIAL : StockUnit.DEVICE;
            long id = register.addProduct(tx, name.strip(), route, unit, mgPerUnit, route == Route.IV ? mlPerUnit : null,
                    ctx.clock.instant());
            Product product = register.product(tx, id).orElseThrow();
            ctx.audit.record(tx, actor, "PRODUCT_ADDED", "product", id, null, product.name() + "; " + product.strength(), null);
            return Outcome.done(product);
        });
    }

    /**
     * PROD-3: a product is never deleted, since its book must stay readable; the manager retires
     * it (no more receipts) or brings it back, with a reason for the audit trail.
     */
    public Outcome<Product> setProductActive(Actor actor, long productId, boolean active, String reason) {
        return ctx.database.write(tx -> {
            Refusal refused = ctx.audit.refuseUnless(tx, actor, Permission.MANAGE_PRODUCTS, "register.setProductActive");
            if (refused != null) {
                return Outcome.<Product>refused(refused);
            }
            if (reason == null || reason.isBlank()) {
                return Outcome.<Product>refused(Refusal.of("PROD-3", "reason.required"));
            }
            Optional<Product> product = register.product(tx, productId);
            if (product.isEmpty()) {
                return Outcome.<Product>refused(Refusal.of("PROD-3", "register.product.unknown"));
            }
            if (product.get().active() == active) {
                return Outcome.<Product>refused(Refusal.of("PROD-3",
                        active ? "register.product.alreadyActive" : "register.product.alreadyRetired", product.get().name()));
            }
            register.setProductActive(tx, productId, active);
            ctx.audit.record(tx, actor, active ? "PRODUCT_REACTIVATED" : "PRODUCT_RETIRED", "product", productId,
                    active ? "retired" : "active", active ? "active" : "retired", reason.strip());
            return Outcome.done(register.product(tx, productId).orElseThrow());
        });
    }

    /** CD-2: every lot ever received with its balance, flagged when expired or expiring within the setting's days. */
    public Outcome<List<LotLine>> stock(Actor actor) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.READ_REGISTER, "register.stock");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return Outcome.done(ctx.database.read(tx -> {
            LocalDate today = ctx.today();
            int warnDays = ctx.settings(tx).integer(SettingKeys.CD_EXPIRY_WARNING_DAYS);
            Map<Long, Product> products = productsById(tx);
            return Stock.ofLots(register.lots(tx)).lots().stream()
                    .map(l -> new LotLine(products.get(l.productId()), l, l.expiredOn(today),
                            !l.expiredOn(today) && l.expiry().isBefore(today.plusDays(warnDays + 1L))))
                    .toList();
        }));
    }

    /** ADM-3: the lot a device or vial of this product is proposed from today, if any is usable. */
    public Outcome<Optional<Stock.Lot>> proposedLot(Actor actor, Route route) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.READ_REGISTER, "register.proposedLot");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return Outcome.done(ctx.database.read(tx -> {
            Stock stock = Stock.ofLots(register.lots(tx));
            LocalDate today = ctx.today();
            return register.products(tx).stream().filter(p -> p.route() == route && p.active())
                    .map(p -> stock.proposed(p.id(), today)).flatMap(Optional::stream)
                    .min(Comparator.comparing(Stock.Lot::expiry));
        }));
    }

    /** CD-2, SIG-2: stock received by one user and witnessed by another, who signs with their password now. */
    public Outcome<RegisterEntry> receive(Actor actor, Receipt receipt, Actor witness, String witnessPassword) {
        return ctx.database.write(tx -> {
            Optional<Refusal> refused = handler(tx, actor, witness, witnessPassword, "register.receive");
            if (refused.isPresent()) {
                return Outcome.<RegisterEntry>refused(refused.get());
            }
            Optional<Product> product = register.product(tx, receipt.productId()).filter(Product::active);
            if (product.isEmpty()) {
                return refuse(tx, actor, "register.receive", Refusal.of("PROD-3", "register.product.unknown"));
            }
            if (receipt.expiry() == null || receipt.supplier() == null || receipt.supplier().isBlank()) {
                return refuse(tx, actor, "register.receive", Refusal.of("CD-2", "register.receipt.incomplete"));
            }
            return receivedAt(tx, actor, witness, receipt, ctx.clock.instant());
        });
    }

    /** CD-2: the receipt as of the moment the stock arrived; the caller has checked who may receive and witness. */
    Outcome<RegisterEntry> receivedAt(Transaction tx, Actor actor, Actor witness, Receipt receipt, Instant at) {
        EntryDraft draft = new EntryDraft(receipt.productId(), receipt.lot(), receipt.expiry(), EntryKind.RECEIPT, receipt.quantity(),
                Optional.empty(), Optional.empty(), at, signer(actor), Optional.of(signer(witness)), Optional.empty(),
                Optional.empty(), Optional.empty(), receipt.supplier(), receipt.reference(), "", "", Optional.empty());
        return write(tx, actor, draft, List.of(SignatureMeaning.RECEIVED), Optional.of(witness), "REGISTER_RECEIPT", draft.at());
    }

    /** CD-5: damaged, dropped or expired stock destroyed, witnessed by another user who signs now. */
    public Outcome<RegisterEntry> wasteStock(Actor actor, long productId, String lot, int units, String method, String reason,
                                             Actor witness, String witnessPassword) {
        return ctx.database.write(tx -> {
            Optional<Refusal> refused = handler(tx, actor, witness, witnessPassword, "register.waste");
            if (refused.isPresent()) {
                return Outcome.<RegisterEntry>refused(refused.get());
            }
            if (units <= 0 || method == null || method.isBlank() || reason == null || reason.isBlank()) {
                return refuse(tx, actor, "register.waste", Refusal.of("CD-5", "register.waste.incomplete"));
            }
            Stock stock = Stock.of(register.ofLot(tx, lot));
            LocalDate expiry = stock.lot(productId, lot == null ? "" : lot.strip()).map(Stock.Lot::expiry).orElse(ctx.today());
            EntryDraft draft = new EntryDraft(productId, lot, expiry, EntryKind.WASTE, -units, Optional.empty(), Optional.empty(),
                    ctx.clock.instant(), signer(actor), Optional.of(signer(witness)), Optional.empty(), Optional.empty(),
                    Optional.empty(), "", "", method, reason, Optional.empty());
            return write(tx, actor, draft, List.of(SignatureMeaning.WASTED), Optional.of(witness), "REGISTER_WASTE");
        });
    }

    /**
     * CD-1: a wrong entry is never edited. Its reversal (the opposite quantity, linked to it) and,
     * when given, the right entry are written together, both visible, with the reason.
     */
    public Outcome<List<RegisterEntry>> correct(Actor actor, long entryId, Optional<Replacement> replacement, String reason) {
        return ctx.database.write(tx -> {
            Refusal refused = ctx.audit.refuseUnless(tx, actor, Permission.HANDLE_STOCK, "register.correct");
            if (refused != null) {
                return Outcome.<List<RegisterEntry>>refused(refused);
            }
            if (reason == null || reason.isBlank()) {
                return Outcome.<List<RegisterEntry>>refused(Refusal.of("CD-1", "reason.required"));
            }
            Optional<RegisterEntry> wrong = register.entry(tx, entryId);
            if (wrong.isEmpty() || wrong.get().kind() == EntryKind.CORRECTION) {
                return refuse(tx, actor, "register.correct", Refusal.of("CD-1", "register.correction.notCorrectable"));
            }
            if (register.correctionOf(tx, entryId).isPresent()) {
                return refuse(tx, actor, "register.correct", Refusal.of("CD-1", "register.correction.already", entryId));
            }
            EntryDraft was = wrong.get().content();
            Instant now = ctx.clock.instant();
            EntryDraft reversal = new EntryDraft(was.productId(), was.lot(), was.expiry(), EntryKind.CORRECTION, -was.units(), was.mg(),
                    was.ml(), now, signer(actor), Optional.empty(), was.patient(), Optional.empty(), was.sessionId(), was.counterparty(),
                    was.reference(), was.method(), reason, Optional.of(entryId));
            List<EntryDraft> drafts = new ArrayList<>(List.of(reversal));
            replacement.ifPresent(r -> drafts.add(new EntryDraft(was.productId(), r.lot(), r.expiry(), was.kind(), r.units(), was.mg(),
                    was.ml(), was.at(), was.enteredBy(), was.witness(), was.patient(), was.prescriber(), was.sessionId(),
                    was.counterparty(), was.reference(), was.method(), EntryDraft.replacingReason(entryId, reason),
                    Optional.empty())));
            // Both entries are checked before either is written: a correction is kept whole or not at all.
            Stock stock = Stock.ofLots(register.lots(tx));
            for (EntryDraft draft : drafts) {
                Optional<Refusal> check = stock.check(draft, ctx.today());
                if (check.isPresent()) {
                    return refuse(tx, actor, "register.correct", check.get());
                }
                stock = stock.with(draft);
            }
            List<RegisterEntry> written = new ArrayList<>();
            for (EntryDraft draft : drafts) {
                written.add(append(tx, signer(actor), draft, List.of(SignatureMeaning.CORRECTED), Optional.empty(), now));
            }
            ctx.audit.record(tx, actor, "REGISTER_CORRECTED", "register_entry", entryId, describe(was),
                    written.stream().map(e -> "#" + e.id() + " " + describe(e.content())).toList().toString(), reason.strip());
            return Outcome.done(List.copyOf(written));
        });
    }

    /** CD-4, SIG-3: every product's book with running balances and the signatures, checked against each entry's content. */
    public Outcome<List<Book>> books(Actor actor) {
        return books(actor, null);
    }

    /**
     * CD-4, SIG-3: every product's book from the start of the day {@code from} (the clinic's date)
     * to now, each line's balances carried from those brought forward, so that the screen reads
     * the weeks it shows rather than the register's years (issue 16). CD-1: an entry from before
     * that day which a correction of the period reverses comes too, ahead of the period's lines,
     * with its own balances, so the two halves are read together. No day: the whole book.
     */
    public Outcome<List<Book>> books(Actor actor, LocalDate from) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.READ_REGISTER, "register.books");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return Outcome.done(ctx.database.read(tx -> from == null ? books(tx) : booksSince(tx, from)));
    }

    private List<Book> booksSince(Transaction tx, LocalDate from) {
        Instant start = from.atStartOfDay(ctx.clock.getZone()).toInstant();
        Map<Long, Map<String, Integer>> opening = broughtForward(tx, start);
        List<RegisterEntry> written = register.writtenBetween(tx, start, null);
        Map<Long, List<EntrySignature>> signatures = register.signaturesOfWrittenBetween(tx, start, null);
        java.util.Set<Long> read = written.stream().map(RegisterEntry::id).collect(Collectors.toSet());
        List<Line> reversed = lines(tx, register.entries(tx, written.stream().flatMap(e -> e.content().corrects().stream())
                .filter(id -> !read.contains(id)).distinct().toList()));
        List<Book> books = new ArrayList<>();
        for (Product product : register.products(tx)) {
            List<Line> lines = new ArrayList<>(reversed.stream().filter(l -> l.entry().productId() == product.id()).toList());
            List<RegisterEntry> own = written.stream().filter(e -> e.productId() == product.id()).toList();
            RegisterBook.lines(opening.getOrDefault(product.id(), Map.of()), own)
                    .forEach(l -> lines.add(new Line(product, l, signatures.getOrDefault(l.entry().id(), List.of()))));
            books.add(new Book(product, lines));
        }
        return books;
    }

    /** The prescriber's log: administrations and wastes they prescribed that their signature has not confirmed yet. */
    public Outcome<List<Line>> awaitingSignature(Actor prescriber) {
        Refusal refused = ctx.audit.refuseUnless(prescriber, Permission.PRESCRIBE, "register.awaiting");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return Outcome.done(ctx.database.read(tx -> lines(tx, register.awaitingPrescriber(tx, prescriber.userId()))));
    }

    /** The entries with these numbers as their books show them, in the order written: e.g. those just signed. */
    public Outcome<List<Line>> lines(Actor actor, Collection<Long> entryIds) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.READ_REGISTER, "register.lines");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return Outcome.done(ctx.database.read(tx -> lines(tx, register.entries(tx, entryIds))));
    }

    /** A few entries with their balances and signatures, read for those entries only. */
    private List<Line> lines(Transaction tx, List<RegisterEntry> entries) {
        List<Long> ids = entries.stream().map(RegisterEntry::id).toList();
        Map<Long, RegisterStore.BalancesAfter> balances = register.balancesAfter(tx, ids);
        Map<Long, List<EntrySignature>> signatures = register.signatures(tx, ids);
        Map<Long, Product> products = productsById(tx);
        return entries.stream().map(e -> new Line(products.get(e.productId()),
                new RegisterBook.Line(e, balances.get(e.id()).product(), balances.get(e.id()).lot()),
                signatures.getOrDefault(e.id(), List.of()))).toList();
    }

    /**
     * The prescriber signs several entries in one pass, with one password (SIG-2); each signature
     * carries its entry's content hash (SIG-3) and says what it means (SIG-1).
     */
    public Outcome<Integer> sign(Actor prescriber, String password, List<Long> entryIds) {
        return ctx.database.write(tx -> {
            Refusal refused = ctx.audit.refuseUnless(tx, prescriber, Permission.PRESCRIBE, "register.sign");
            if (refused != null) {
                return Outcome.<Integer>refused(refused);
            }
            Optional<Refusal> unsigned = accounts.signatureRefusal(tx, prescriber, password);
            if (unsigned.isPresent()) {
                ctx.audit.record(tx, prescriber, "SIGNATURE_REFUSED", "register_entry", null, null, entryIds.toString(),
                        Accounts.refusalReason(unsigned.get()));
                return Outcome.<Integer>refused(unsigned.get());
            }
            String own = ctx.users.byId(tx, prescriber.userId()).map(UserAccount::idNumber).orElse("");
            boolean forThemself = !own.isEmpty() && entryIds.stream().map(id -> register.entry(tx, id)).flatMap(Optional::stream)
                    .flatMap(e -> e.content().patient().stream())
                    .anyMatch(p -> own.equals(IdNumberFormat.comparable(p.idNumber())));
            if (forThemself) {
                ctx.audit.record(tx, prescriber, "SIGNATURE_REFUSED", "register_entry", null, null, entryIds.toString(),
                        "PRE-2: the prescriber is the patient");
                return Outcome.<Integer>refused(Refusal.of("PRE-2", "register.sign.self"));
            }
            Instant now = ctx.clock.instant();
            int signed = 0;
            Map<Long, List<EntrySignature>> existing = register.signatures(tx, entryIds);
            for (long id : entryIds) {
                Optional<RegisterEntry> entry = register.entry(tx, id);
                boolean mine = entry.flatMap(e -> e.content().prescriber()).map(p -> p.userId() == prescriber.userId()).orElse(false);
                boolean done = existing.getOrDefault(id, List.of()).stream()
                        .anyMatch(s -> s.meaning() == SignatureMeaning.PRESCRIBER_CONFIRMED);
                if (!mine || done) {
                    continue;
                }
                register.sign(tx, new EntrySignature(id, signer(prescriber), SignatureMeaning.PRESCRIBER_CONFIRMED, now,
                        entry.get().content().contentHash()));
                signed++;
            }
            ctx.audit.record(tx, prescriber, "REGISTER_SIGNED", "register_entry", null, null, "entries=" + entryIds + "; signed=" + signed,
                    null);
            return Outcome.done(signed);
        });
    }

    /**
     * CD-3, CD-5: what a session step takes from the register, in the step's transaction: a device,
     * an infusion's vials, or the waste at the infusion's end. Other steps take nothing.
     */
    Optional<Refusal> sessionStep(Transaction tx, Signer nurse, SessionEvent event, BigDecimal doseMg, EntryDraft.PatientLine patient,
                                  Signer prescriber, long sessionId) {
        return switch (event) {
            case SessionEvent.DeviceGiven device -> administer(tx, nurse, Route.NASAL, device.lot(),
                    p -> new Taken(1, Optional.empty(), Optional.empty()), patient, prescriber, sessionId, device.at());
            case SessionEvent.InfusionStarted infusion -> administer(tx, nurse, Route.IV, infusion.lot(), p -> vialsFor(p, doseMg), patient,
                    prescriber, sessionId, infusion.at());
            case InfusionEnded ended -> wasteInfusion(tx, nurse, ended, doseMg, patient, prescriber, sessionId);
            default -> Optional.empty();
        };
    }

    /** How much one administration takes, once its product is known from the lot. */
    private record Taken(int units, Optional<BigDecimal> mg, Optional<BigDecimal> ml) {}

    /**
     * CD-3, ADM-3: a device or an infusion's vials given in a session, in the session step's
     * transaction. The lot must be in stock for the route, unexpired, with enough units left; the
     * entry names the patient, the prescriber and the session, and is signed by the nurse who gave it.
     *
     * @return the refusal when the lot cannot be used; nothing is written then
     */
    private Optional<Refusal> administer(Transaction tx, Signer nurse, Route route, String lot, Function<Product, Taken> taken,
                                         EntryDraft.PatientLine patient, Signer prescriber, long sessionId, Instant at) {
        // Only this lot's entries: a device must not read the whole register, which grows by thousands of entries a year.
        Stock stock = Stock.of(register.ofLot(tx, lot));
        String wanted = lot == null ? "" : lot.strip();
        Optional<Product> product = register.products(tx).stream().filter(p -> p.route() == route)
                .filter(p -> stock.lot(p.id(), wanted).isPresent()).findFirst();
        if (product.isEmpty()) {
            return Optional.of(Refusal.of("CD-4", "register.lot.notInStock", wanted));
        }
        Taken amount = taken.apply(product.get());
        LocalDate expiry = stock.lot(product.get().id(), wanted).orElseThrow().expiry();
        EntryDraft draft = new EntryDraft(product.get().id(), wanted, expiry, EntryKind.ADMINISTRATION, -amount.units(), amount.mg(),
                amount.ml(), at, nurse, Optional.empty(), Optional.of(patient), Optional.of(prescriber), Optional.of(sessionId), "",
                "session " + sessionId, "", "", Optional.empty());
        Optional<Refusal> check = stock.check(draft, ctx.today());
        if (check.isPresent()) {
            return check;
        }
        append(tx, nurse, draft, List.of(SignatureMeaning.GIVEN), Optional.empty(), draft.at());
        return Optional.empty();
    }

    /** PROD-2: an infusion takes as many whole vials as the dose needs, with the dose in mg and its volume in mL. */
    private static Taken vialsFor(Product vial, BigDecimal doseMg) {
        BigDecimal perVial = vial.mgPerUnit();
        int vials = doseMg.divide(perVial, 0, RoundingMode.CEILING).intValueExact();
        BigDecimal ml = doseMg.multiply(vial.mlPerUnit().orElseThrow()).divide(perVial, 2, RoundingMode.HALF_UP);
        return new Taken(vials, Optional.of(doseMg), Optional.of(ml));
    }

    /**
     * CD-6: units a count found missing, written off the lot by the manager who resolved the
     * discrepancy, in the resolution's transaction; signed "discrepancy resolved".
     */
    Outcome<RegisterEntry> writeOff(Transaction tx, Actor manager, long productId, String lot, int units, String reason) {
        Stock stock = Stock.of(register.ofLot(tx, lot));
        LocalDate expiry = stock.lot(productId, lot).map(Stock.Lot::expiry).orElse(ctx.today());
        EntryDraft draft = new EntryDraft(productId, lot, expiry, EntryKind.LOSS, -units, Optional.empty(), Optional.empty(),
                ctx.clock.instant(), signer(manager), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "", "", "",
                reason, Optional.empty());
        return write(tx, manager, draft, List.of(SignatureMeaning.DISCREPANCY_RESOLVED), Optional.empty(), "REGISTER_LOSS");
    }

    /**
     * CD-5: at the end of an infusion, what was drawn and not given — the share of the dose still in
     * the residual volume, and what the vials held beyond the dose — is wasted from the session's
     * lot, witnessed. Nothing left, nothing written; something left and no witness, refused.
     */
    Optional<Refusal> wasteInfusion(Transaction tx, Signer nurse, InfusionEnded ended, BigDecimal doseMg, EntryDraft.PatientLine patient,
                                    Signer prescriber, long sessionId) {
        Optional<RegisterEntry> given = register.ofSession(tx, sessionId).stream().filter(e -> e.kind() == EntryKind.ADMINISTRATION)
                .findFirst();
        if (given.isEmpty()) {
            return Optional.empty(); // an infusion started before the register existed took nothing from it
        }
        Product product = register.product(tx, given.get().productId()).orElseThrow();
        BigDecimal perVial = product.mgPerUnit();
        BigDecimal inVials = perVial.multiply(BigDecimal.valueOf(-given.get().units())).subtract(doseMg);
        BigDecimal infused = ended.volumeGivenMl().add(ended.residualMl());
        BigDecimal inResidual = infused.signum() == 0 ? BigDecimal.ZERO
                : doseMg.multiply(ended.residualMl()).divide(infused, 2, RoundingMode.HALF_UP);
        BigDecimal wasteMg = inVials.max(BigDecimal.ZERO).add(inResidual).setScale(2, RoundingMode.HALF_UP);
        if (wasteMg.signum() == 0) {
            return Optional.empty();
        }
        if (ended.wasteWitnessId() == 0) {
            return Optional.of(Refusal.of("CD-5", "register.residual.witnessRequired", wasteMg.toPlainString()));
        }
        if (ended.wasteMethod().isEmpty()) {
            return Optional.of(Refusal.of("CD-5", "register.waste.incomplete"));
        }
        Signer witness = ctx.users.byId(tx, ended.wasteWitnessId()).map(u -> new Signer(u.id(), u.fullName())).orElseThrow();
        BigDecimal ml = wasteMg.multiply(product.mlPerUnit().orElseThrow()).divide(perVial, 2, RoundingMode.HALF_UP);
        EntryDraft draft = new EntryDraft(product.id(), given.get().lot(), given.get().content().expiry(), EntryKind.WASTE, 0,
                Optional.of(wasteMg), Optional.of(ml), ended.at(), nurse, Optional.of(witness), Optional.of(patient),
                Optional.of(prescriber), Optional.of(sessionId), "", "session " + sessionId, ended.wasteMethod(),
                "IV residual " + ended.residualMl().toPlainString() + " / " + infused.toPlainString() + " mL; vials "
                        + inVials.max(BigDecimal.ZERO).toPlainString() + " mg", Optional.empty());
        Optional<Refusal> check = Stock.of(register.ofLot(tx, given.get().lot())).check(draft, ctx.today());
        if (check.isPresent()) {
            return check;
        }
        append(tx, nurse, draft, List.of(SignatureMeaning.WASTED), Optional.of(witness), draft.at());
        return Optional.empty();
    }

    /**
     * CD-7: every product's entries written in {@code [start, end)}, with the balances brought
     * forward summed by the database: a period's register reads the period, not the years before it.
     */
    List<PeriodBook> booksWritten(Transaction tx, Instant start, Instant end) {
        Map<Long, Map<String, Integer>> opening = broughtForward(tx, start);
        List<RegisterEntry> written = register.writtenBetween(tx, start, end);
        Map<Long, List<EntrySignature>> signatures = register.signaturesOfWrittenBetween(tx, start, end);
        Map<Long, Long> correctedBy = register.correctionsOfWrittenBetween(tx, start, end);
        List<PeriodBook> books = new ArrayList<>();
        for (Product product : register.products(tx)) {
            Map<String, Integer> brought = opening.getOrDefault(product.id(), Map.of());
            List<RegisterEntry> own = written.stream().filter(e -> e.productId() == product.id()).toList();
            books.add(new PeriodBook(product, brought, RegisterBook.lines(brought, own), signatures, correctedBy));
        }
        return books;
    }

    /** Each product's lots' balances from the entries written before the instant, by product. */
    private Map<Long, Map<String, Integer>> broughtForward(Transaction tx, Instant start) {
        Map<Long, Map<String, Integer>> opening = new HashMap<>();
        for (Stock.Lot lot : register.lotsBefore(tx, start)) {
            opening.computeIfAbsent(lot.productId(), p -> new HashMap<>()).put(lot.lot(), lot.units());
        }
        return opening;
    }

    /**
     * One product's book for a period.
     *
     * @param opening each lot's balance brought forward
     * @param lines the entries written in the period, balances carried from {@code opening}
     * @param signatures the signatures on the period's entries (of every product), by entry
     * @param correctedBy the correction of each corrected entry of the period (of every product), by entry
     */
    record PeriodBook(Product product, Map<String, Integer> opening, List<RegisterBook.Line> lines,
                      Map<Long, List<EntrySignature>> signatures, Map<Long, Long> correctedBy) {}

    /** Every product's whole book, for the register screen. */
    List<Book> books(Transaction tx) {
        List<RegisterEntry> entries = register.entries(tx);
        // Every signature at once: an IN list of every entry's number is compared row by row, which took
        // seconds for a year's register (30 000 signatures against 15 000 numbers).
        Map<Long, List<EntrySignature>> signatures = register.allSignatures(tx).stream()
                .collect(Collectors.groupingBy(EntrySignature::entryId));
        List<Book> books = new ArrayList<>();
        for (Product product : register.products(tx)) {
            List<RegisterEntry> own = entries.stream().filter(e -> e.productId() == product.id()).toList();
            books.add(new Book(product, RegisterBook.lines(own).stream()
                    .map(l -> new Line(product, l, signatures.getOrDefault(l.entry().id(), List.of()))).toList()));
        }
        return books;
    }

    /** ROLE-2 and SIG-2 for entries that need a witness: the handler may, the witness is someone else who may too, and their password is right now. */
    private Optional<Refusal> handler(Transaction tx, Actor actor, Actor witness, String witnessPassword, String action) {
        Refusal refused = ctx.audit.refuseUnless(tx, actor, Permission.HANDLE_STOCK, action);
        if (refused != null) {
            return Optional.of(refused);
        }
        return witnessRefusal(tx, actor, witness, witnessPassword, action);
    }

    /** SIG-2, ROLE-2: the witness is another user who may handle stock and types their own password now; each refusal is audited. */
    Optional<Refusal> witnessRefusal(Transaction tx, Actor actor, Actor witness, String witnessPassword, String action) {
        if (witness == null || witness.userId() == actor.userId()) {
            ctx.audit.record(tx, actor, "REGISTER_REFUSED", "register_entry", null, null, action, "SIG-2: witness must be another user");
            return Optional.of(Refusal.of("SIG-2", "register.witness.sameUser"));
        }
        if (!witness.may(Permission.HANDLE_STOCK)) {
            ctx.audit.record(tx, witness, "REGISTER_REFUSED", "register_entry", null, null, action, "ROLE-2: witness may not handle stock");
            return Optional.of(Refusal.of("ROLE-2", "register.witness.notAllowed"));
        }
        Optional<Refusal> unsigned = accounts.signatureRefusal(tx, witness, witnessPassword);
        if (unsigned.isPresent()) {
            ctx.audit.record(tx, witness, "SIGNATURE_REFUSED", "register_entry", null, null, action, Accounts.refusalReason(unsigned.get()));
            return unsigned;
        }
        return Optional.empty();
    }

    private Outcome<RegisterEntry> write(Transaction tx, Actor actor, EntryDraft draft, List<SignatureMeaning> meanings,
                                         Optional<Actor> witness, String auditAction) {
        return write(tx, actor, draft, meanings, witness, auditAction, ctx.clock.instant());
    }

    private Outcome<RegisterEntry> write(Transaction tx, Actor actor, EntryDraft draft, List<SignatureMeaning> meanings,
                                         Optional<Actor> witness, String auditAction, Instant recordedAt) {
        Optional<Refusal> check = Stock.of(register.ofLot(tx, draft.lot())).check(draft, ctx.today());
        if (check.isPresent()) {
            return refuse(tx, actor, auditAction, check.get());
        }
        RegisterEntry entry = append(tx, signer(actor), draft, meanings, witness.map(DrugRegister::signer), recordedAt);
        ctx.audit.record(tx, actor, auditAction, "register_entry", entry.id(), null, describe(draft), draft.reason().isEmpty() ? null
                : draft.reason());
        return Outcome.done(entry);
    }

    /**
     * @param now when the entry is written and signed: the clock's now, or for a session step or a
     *     receipt the moment it records (the same at the chair; a day of its own for the demo's past)
     */
    private RegisterEntry append(Transaction tx, Signer by, EntryDraft draft, List<SignatureMeaning> meanings, Optional<Signer> witness,
                                 Instant now) {
        long id = register.append(tx, draft, now);
        for (SignatureMeaning meaning : meanings) {
            register.sign(tx, new EntrySignature(id, by, meaning, now, draft.contentHash()));
        }
        witness.ifPresent(w -> register.sign(tx, new EntrySignature(id, w, SignatureMeaning.WITNESSED, now, draft.contentHash())));
        return register.entry(tx, id).orElseThrow();
    }

    /** ROLE-2: a refused register action is audited, in the transaction that writes nothing else. */
    private <T> Outcome<T> refuse(Transaction tx, Actor actor, String action, Refusal refusal) {
        ctx.audit.record(tx, actor, "REGISTER_REFUSED", "register_entry", null, null, action,
                refusal.ruleId() + " " + refusal.messageKey() + " " + refusal.args());
        return Outcome.refused(refusal);
    }

    /** The catalogue by product id. */
    Map<Long, Product> productsById(Transaction tx) {
        Map<Long, Product> byId = new HashMap<>();
        register.products(tx).forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    static Signer signer(Actor actor) {
        return new Signer(actor.userId(), actor.fullName());
    }

    /** The audit form of an entry's content, with its hash so the chain anchors what was written. */
    static String describe(EntryDraft d) {
        return d.kind() + " product=" + d.productId() + "; lot=" + d.lot() + "; expiry=" + d.expiry() + "; units=" + d.units()
                + d.mg().map(v -> "; mg=" + v).orElse("") + d.ml().map(v -> "; mL=" + v).orElse("")
                + d.sessionId().map(v -> "; session=" + v).orElse("") + "; hash=" + d.contentHash();
    }
}
