package org.vigil.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.Settings;
import org.vigil.domain.register.CountKind;
import org.vigil.domain.register.Discrepancy;
import org.vigil.domain.register.DiscrepancyOutcome;
import org.vigil.domain.register.Incident;
import org.vigil.domain.register.Product;
import org.vigil.domain.register.RegisterEntry;
import org.vigil.domain.register.ReportingDeadlines;
import org.vigil.domain.register.Stock;
import org.vigil.domain.register.StockCount;
import org.vigil.store.CountStore;
import org.vigil.store.RegisterStore;
import org.vigil.store.Transaction;

/**
 * CD-6: blind counts of the controlled-drug cupboard at handover and at day close, co-signed by a
 * second person; the discrepancies a mismatch opens, which a manager resolves with an explanation
 * and a signature; and the reportable incidents a loss or theft starts, with their deadlines.
 */
public final class StockCounts {

    /** A lot the counter must count: what it is, never how many the register expects (a blind count). */
    public record SheetLot(Product product, String lot, LocalDate expiry) {}

    /** What the counter found of one lot; a lot on the shelf but not on the sheet is added with its product. */
    public record CountedLot(long productId, String lot, int counted) {}

    /** The count as stored, and the discrepancies it opened: shown to the counter only after it is signed. */
    public record CountResult(StockCount count, List<Discrepancy> opened) {}

    private final ClinicalContext ctx;
    private final CountStore counts;
    private final RegisterStore register;
    private final DrugRegister drugRegister;
    private final Accounts accounts;

    StockCounts(ClinicalContext ctx, CountStore counts, RegisterStore register, DrugRegister drugRegister, Accounts accounts) {
        this.ctx = ctx;
        this.counts = counts;
        this.register = register;
        this.drugRegister = drugRegister;
        this.accounts = accounts;
    }

    /** The lots to count: every lot the register holds units of, without the number (CD-6 blind count). */
    public Outcome<List<SheetLot>> sheet(Actor actor) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.HANDLE_STOCK, "count.sheet");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return Outcome.done(ctx.database.read(tx -> {
            Map<Long, Product> products = drugRegister.productsById(tx);
            return Stock.ofLots(register.lots(tx)).lots().stream().filter(l -> l.units() != 0)
                    .map(l -> new SheetLot(products.get(l.productId()), l.lot(), l.expiry())).toList();
        }));
    }

    /**
     * CD-6, SIG-2: the counter's figures, co-signed by another user who may handle stock and types
     * their password now. Every lot on the sheet must be counted. A mismatch opens a discrepancy; a
     * handover count is refused while any discrepancy is open.
     */
    public Outcome<CountResult> count(Actor actor, CountKind kind, List<CountedLot> counted, Actor cosigner, String cosignerPassword) {
        return ctx.database.write(tx -> {
            Refusal refused = ctx.audit.refuseUnless(tx, actor, Permission.HANDLE_STOCK, "count.record");
            if (refused == null) {
                // SIG-2, ROLE-2 as for any witness of the register: another user who may handle stock, their password now.
                refused = drugRegister.witnessRefusal(tx, actor, cosigner, cosignerPassword, "count.record").orElse(null);
            }
            List<Discrepancy> open = counts.openDiscrepancies(tx);
            if (refused == null && kind == CountKind.HANDOVER && !open.isEmpty()) {
                refused = Refusal.of("CD-6", "count.blockedByDiscrepancy", open.size());
            }
            Stock stock = Stock.ofLots(register.lots(tx));
            Map<Long, Product> products = drugRegister.productsById(tx);
            if (refused == null) {
                refused = sheetRefusal(stock, products, counted);
            }
            if (refused != null) {
                ctx.audit.record(tx, actor, "COUNT_REFUSED", "stock_count", null, null, kind.name(),
                        refused.ruleId() + " " + refused.messageKey() + " " + refused.args());
                return Outcome.<CountResult>refused(refused);
            }
            Instant now = ctx.clock.instant();
            List<StockCount.Line> lines = new ArrayList<>();
            for (CountedLot c : counted) {
                String lot = c.lot().strip();
                lines.add(new StockCount.Line(c.productId(), lot, stock.balance(c.productId(), lot), c.counted()));
            }
            StockCount draft = new StockCount(0, kind, now, DrugRegister.signer(actor), DrugRegister.signer(cosigner), lines);
            long id = counts.insertCount(tx, draft);
            List<Discrepancy> opened = new ArrayList<>();
            for (StockCount.Line line : draft.mismatches()) {
                long discrepancyId = counts.openDiscrepancy(tx, id, line, now);
                opened.add(counts.discrepancy(tx, discrepancyId).orElseThrow());
                ctx.audit.record(tx, actor, "DISCREPANCY_OPENED", "discrepancy", discrepancyId, null,
                        "product=" + line.productId() + "; lot=" + line.lot() + "; expected=" + line.expected() + "; counted=" + line.counted(),
                        "CD-6");
            }
            StockCount stored = new StockCount(id, kind, draft.at(), draft.counter(), draft.cosigner(), lines);
            ctx.audit.record(tx, actor, "COUNT_RECORDED", "stock_count", id, null, kind + "; lots=" + lines.size() + "; mismatches="
                    + opened.size() + "; cosigner=" + cosigner.username() + "; hash=" + stored.contentHash(), null);
            return Outcome.done(new CountResult(stored, List.copyOf(opened)));
        });
    }

    /** Every discrepancy, open ones first, for the register view and the manager. */
    public Outcome<List<Discrepancy>> discrepancies(Actor actor) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.READ_REGISTER, "count.discrepancies");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return Outcome.done(ctx.database.read(tx -> {
            List<Discrepancy> all = new ArrayList<>(counts.discrepancies(tx));
            all.sort((a, b) -> Boolean.compare(b.open(), a.open()));
            return List.copyOf(all);
        }));
    }

    /** The counts of the last days, newest first. */
    public Outcome<List<StockCount>> recentCounts(Actor actor, int days) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.READ_REGISTER, "count.recent");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return Outcome.done(ctx.database.read(tx -> counts.countsSince(tx, ctx.clock.instant().minus(Duration.ofDays(days)))));
    }

    /**
     * CD-6, SIG-2: a manager resolves a discrepancy with an explanation and their password. A loss or
     * theft writes the missing units off the lot (a LOSS entry, so the next count can match) and
     * opens a reportable incident with the notice and form deadlines of the settings.
     */
    public Outcome<Discrepancy> resolve(Actor manager, long discrepancyId, DiscrepancyOutcome outcome, String explanation, String password) {
        return ctx.database.write(tx -> {
            Refusal refused = ctx.audit.refuseUnless(tx, manager, Permission.RESOLVE_DISCREPANCIES, "count.resolve");
            if (refused != null) {
                return Outcome.<Discrepancy>refused(refused);
            }
            Optional<Refusal> unsigned = accounts.signatureRefusal(tx, manager, password);
            if (unsigned.isPresent()) {
                ctx.audit.record(tx, manager, "SIGNATURE_REFUSED", "discrepancy", discrepancyId, null, "count.resolve",
                        Accounts.refusalReason(unsigned.get()));
                return Outcome.<Discrepancy>refused(unsigned.get());
            }
            Optional<Discrepancy> found = counts.discrepancy(tx, discrepancyId);
            Refusal problem = found.isEmpty() || !found.get().open() ? Refusal.of("CD-6", "count.discrepancy.notOpen")
                    : explanation == null || explanation.isBlank() ? Refusal.of("CD-6", "count.discrepancy.explanationRequired")
                    : outcome.writesOff() && found.get().missing() <= 0 ? Refusal.of("CD-6", "count.discrepancy.nothingMissing")
                    : null;
            if (problem != null) {
                return refuse(tx, manager, discrepancyId, problem);
            }
            Discrepancy d = found.get();
            Instant now = ctx.clock.instant();
            Optional<Long> writeOff = Optional.empty();
            if (outcome.writesOff()) {
                Outcome<RegisterEntry> entry = drugRegister.writeOff(tx, manager, d.productId(), d.lot(), d.missing(),
                        outcome + " at count " + d.countId() + ": " + explanation.strip());
                if (!entry.isDone()) {
                    return refuse(tx, manager, discrepancyId, entry.refusalOrNull());
                }
                writeOff = Optional.of(entry.value().id());
            }
            counts.resolve(tx, discrepancyId, new Discrepancy.Resolution(now, DrugRegister.signer(manager), outcome, explanation.strip(),
                    writeOff));
            if (outcome.writesOff()) {
                Settings settings = ctx.settings(tx);
                ReportingDeadlines deadlines = new ReportingDeadlines(settings.integer(SettingKeys.CD_LOSS_NOTICE_BUSINESS_DAYS),
                        settings.integer(SettingKeys.CD_LOSS_FORM_DAYS));
                LocalDate day = ctx.today();
                long incident = counts.openIncident(tx, discrepancyId, outcome, now, manager.userId(), deadlines.noticeDue(day),
                        deadlines.formDue(day));
                ctx.audit.record(tx, manager, "INCIDENT_OPENED", "incident", incident, null, outcome + "; discrepancy=" + discrepancyId
                        + "; noticeDue=" + deadlines.noticeDue(day) + "; formDue=" + deadlines.formDue(day), "CD-6");
            }
            ctx.audit.record(tx, manager, "DISCREPANCY_RESOLVED", "discrepancy", discrepancyId, "open",
                    outcome + writeOff.map(e -> "; written off in entry " + e).orElse(""), explanation.strip());
            return Outcome.done(counts.discrepancy(tx, discrepancyId).orElseThrow());
        });
    }

    /** Incidents of loss or theft, open ones first: the manager sees them until they are closed. */
    public Outcome<List<Incident>> incidents(Actor actor) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.RESOLVE_DISCREPANCIES, "count.incidents");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return Outcome.done(ctx.database.read(tx -> {
            List<Incident> all = new ArrayList<>(counts.incidents(tx));
            all.sort((a, b) -> Boolean.compare(b.open(), a.open()));
            return List.copyOf(all);
        }));
    }

    /** The manager records that the authority was notified, the form filed, or the incident closed; each once, in that order. */
    public Outcome<Incident> recordIncidentStep(Actor manager, long incidentId, Incident.Stage stage, String note) {
        return ctx.database.write(tx -> {
            Refusal refused = ctx.audit.refuseUnless(tx, manager, Permission.RESOLVE_DISCREPANCIES, "count.incidentStep");
            if (refused != null) {
                return Outcome.<Incident>refused(refused);
            }
            Optional<Incident> incident = counts.incidents(tx).stream().filter(i -> i.id() == incidentId).findFirst();
            Refusal problem = incident.isEmpty() || !incident.get().open() ? Refusal.of("CD-6", "count.incident.notOpen")
                    : incident.get().step(stage).isPresent() ? Refusal.of("CD-6", "count.incident.stepDone")
                    : stage == Incident.Stage.CLOSED && (incident.get().step(Incident.Stage.NOTIFIED).isEmpty()
                            || incident.get().step(Incident.Stage.FORM_FILED).isEmpty())
                            ? Refusal.of("CD-6", "count.incident.reportsFirst")
                    : null;
            if (problem != null) {
                ctx.audit.record(tx, manager, "INCIDENT_REFUSED", "incident", incidentId, null, stage.name(),
                        problem.ruleId() + " " + problem.messageKey());
                return Outcome.<Incident>refused(problem);
            }
            counts.addStep(tx, incidentId, new Incident.Step(stage, ctx.clock.instant(), DrugRegister.signer(manager),
                    note == null ? "" : note.strip()));
            ctx.audit.record(tx, manager, "INCIDENT_" + stage, "incident", incidentId, null, stage.name(), note);
            return Outcome.done(counts.incidents(tx).stream().filter(i -> i.id() == incidentId).findFirst().orElseThrow());
        });
    }

    /** Every lot with units on the book is counted, each once, and no figure is negative. */
    private static Refusal sheetRefusal(Stock stock, Map<Long, Product> products, List<CountedLot> counted) {
        Set<String> keys = new HashSet<>();
        for (CountedLot c : counted) {
            if (c.lot() == null || c.lot().isBlank() || !products.containsKey(c.productId())) {
                return Refusal.of("CD-6", "count.lotUnknown");
            }
            if (c.counted() < 0) {
                return Refusal.of("CD-6", "count.negative", c.lot().strip());
            }
            if (!keys.add(c.productId() + "/" + c.lot().strip())) {
                return Refusal.of("CD-6", "count.lotTwice", c.lot().strip());
            }
        }
        for (Stock.Lot lot : stock.lots()) {
            if (lot.units() != 0 && !keys.contains(lot.productId() + "/" + lot.lot())) {
                return Refusal.of("CD-6", "count.lotMissing", lot.lot());
            }
        }
        return null;
    }

    private Outcome<Discrepancy> refuse(Transaction tx, Actor actor, long discrepancyId, Refusal refusal) {
        ctx.audit.record(tx, actor, "DISCREPANCY_REFUSED", "discrepancy", discrepancyId, null, "count.resolve",
                refusal.ruleId() + " " + refusal.messageKey() + " " + refusal.args());
        return Outcome.refused(refusal);
    }

}
