package org.vigil.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.vigil.domain.Actor;
import org.vigil.domain.Route;
import org.vigil.domain.register.EntryDraft;
import org.vigil.domain.register.EntryKind;
import org.vigil.domain.register.Product;
import org.vigil.domain.register.SignatureMeaning;
import org.vigil.domain.register.Signer;
import org.vigil.domain.register.Stock;
import org.vigil.service.BackdatedEntries;
import org.vigil.service.BackdatedEntries.Signed;
import org.vigil.service.Services;

/**
 * A year of a busy clinic's controlled-drug register, ending yesterday: a delivery whenever a
 * product runs low, nasal sessions of two or three devices and IV infusions from one vial, a
 * dropped device or an IV residual wasted under a witness now and then, a wrong entry corrected
 * now and then (CD-1), and the prescriber's signature on each administration at the end of its
 * day. Each entry is checked against the stock before it is written (CD-4), through the door for
 * back-dated records, a month per transaction. What `vigil benchmark --register-entries` prints.
 */
public final class RegisterYear {

    /** A delivery is written just before the entry that needed it. */
    private record Pending(EntryDraft draft, List<Signed> signatures) {}

    /** Who handles the stock, who witnesses, and who prescribes. */
    public record Staff(Actor nurse, Actor witness, Actor prescriber) {}

    /** What was written: the period it covers, the entries and their signatures. */
    public record Written(LocalDate from, LocalDate until, int entries, int signatures) {}

    private static final int DAYS = 365;
    private static final int NASAL_DELIVERY = 600;
    private static final int VIAL_DELIVERY = 120;
    /** One IV dose in this story: 0.5 mg/kg for 70 kg, from a 50 mg / 2 mL vial. */
    private static final BigDecimal IV_DOSE_MG = new BigDecimal("35");
    private static final String SUPPLIER = "Pharma Supplies Ltd, 1 Dock Road";
    private static final String WASTE_METHOD = "Discarded into the controlled-drug waste container";

    private final BackdatedEntries backdated;
    private final Staff staff;
    private final List<EntryDraft.PatientLine> patients;
    private final Product nasal;
    private final Product iv;
    private final ZoneId zone;
    private final Random random = new Random(20250101L);
    private Stock stock = Stock.empty();
    /** The lot in use per book (0 nasal, 1 IV). */
    private final String[] lot = new String[2];
    private final List<Pending> pending = new ArrayList<>();
    private long lastAdministration;
    private EntryDraft lastAdministrationDraft;
    private int entries;
    private int signatures;

    private RegisterYear(Services services, Staff staff, List<EntryDraft.PatientLine> patients, ZoneId zone) {
        this.backdated = services.backdated();
        this.staff = staff;
        this.patients = List.copyOf(patients);
        this.zone = zone;
        List<Product> products = services.register().products(staff.nurse()).value();
        this.nasal = products.stream().filter(p -> p.route() == Route.NASAL).findFirst().orElseThrow();
        this.iv = products.stream().filter(p -> p.route() == Route.IV).findFirst().orElseThrow();
    }

    /**
     * Writes about {@code wanted} entries over the year before {@code today}, in a data folder
     * whose register is empty.
     */
    public static Written write(Services services, Staff staff, List<EntryDraft.PatientLine> patients, LocalDate today, int wanted,
                                ZoneId zone) {
        RegisterYear year = new RegisterYear(services, staff, patients, zone);
        LocalDate first = today.minusDays(DAYS);
        int perDay = Math.max(1, (wanted + DAYS - 1) / DAYS);
        LocalDate month = first;
        while (month.isBefore(today)) {
            LocalDate start = month;
            LocalDate end = month.plusMonths(1).isBefore(today) ? month.plusMonths(1) : today;
            year.backdated.write(batch -> {
                for (LocalDate day = start; day.isBefore(end); day = day.plusDays(1)) {
                    year.day(batch, day, perDay);
                }
            });
            month = end;
        }
        return new Written(first, today.minusDays(1), year.entries, year.signatures);
    }

    private void day(BackdatedEntries.Batch batch, LocalDate day, int perDay) {
        Instant at = day.atTime(LocalTime.of(8, 0)).atZone(zone).toInstant();
        Instant evening = day.atTime(LocalTime.of(18, 0)).atZone(zone).toInstant();
        // Minutes between entries, so a day's entries fit in its opening hours.
        long step = Math.max(1, 9 * 60 / perDay);
        int today = 0;
        while (today < perDay) {
            at = at.plusSeconds(step * 60);
            int before = entries;
            if (random.nextInt(5) == 0) {
                infusion(batch, day, at, evening);
            } else {
                nasalSession(batch, day, at, evening);
            }
            if (random.nextInt(60) == 0) {
                dropped(batch, day, at);
            }
            if (random.nextInt(150) == 0) {
                correctLastAdministration(batch, day, at.plusSeconds(60));
            }
            today += entries - before;
        }
    }

    private void nasalSession(BackdatedEntries.Batch batch, LocalDate day, Instant at, Instant evening) {
        EntryDraft.PatientLine patient = patients.get(random.nextInt(patients.size()));
        int devices = 2 + random.nextInt(2);
        for (int d = 0; d < devices; d++) {
            Instant given = at.plusSeconds(300L * d);
            administer(batch, day, draft(nasal, 0, day, EntryKind.ADMINISTRATION, -1, Optional.empty(), Optional.empty(), given,
                    Optional.empty(), Optional.of(patient), "", "", ""), evening);
        }
    }

    private void infusion(BackdatedEntries.Batch batch, LocalDate day, Instant at, Instant evening) {
        EntryDraft.PatientLine patient = patients.get(random.nextInt(patients.size()));
        BigDecimal ml = IV_DOSE_MG.multiply(iv.mlPerUnit().orElseThrow()).divide(iv.mgPerUnit(), 2, RoundingMode.HALF_UP);
        administer(batch, day, draft(iv, 1, day, EntryKind.ADMINISTRATION, -1, Optional.of(IV_DOSE_MG), Optional.of(ml), at,
                Optional.empty(), Optional.of(patient), "", "", ""), evening);
        BigDecimal residualMg = iv.mgPerUnit().subtract(IV_DOSE_MG);
        BigDecimal residualMl = iv.mlPerUnit().orElseThrow().subtract(ml);
        EntryDraft waste = draft(iv, 1, day, EntryKind.WASTE, 0, Optional.of(residualMg), Optional.of(residualMl), at.plusSeconds(2400),
                Optional.of(signer(staff.witness())), Optional.of(patient), WASTE_METHOD, "IV residual", "");
        write(batch, day, waste, List.of(new Signed(signer(staff.nurse()), SignatureMeaning.WASTED, waste.at()),
                new Signed(signer(staff.witness()), SignatureMeaning.WITNESSED, waste.at())));
    }

    private void dropped(BackdatedEntries.Batch batch, LocalDate day, Instant at) {
        EntryDraft waste = draft(nasal, 0, day, EntryKind.WASTE, -1, Optional.empty(), Optional.empty(), at.plusSeconds(30),
                Optional.of(signer(staff.witness())), Optional.empty(), WASTE_METHOD, "Device dropped before use", "");
        write(batch, day, waste, List.of(new Signed(signer(staff.nurse()), SignatureMeaning.WASTED, waste.at()),
                new Signed(signer(staff.witness()), SignatureMeaning.WITNESSED, waste.at())));
    }

    /** CD-1, as the register corrects: the reversal naming the wrong entry, and the right entry, which keeps the wrong one's moment. */
    private void correctLastAdministration(BackdatedEntries.Batch batch, LocalDate day, Instant at) {
        if (lastAdministrationDraft == null) {
            return;
        }
        EntryDraft was = lastAdministrationDraft;
        String reason = "Given to another patient than recorded";
        EntryDraft reversal = new EntryDraft(was.productId(), was.lot(), was.expiry(), EntryKind.CORRECTION, -was.units(), was.mg(),
                was.ml(), at, signer(staff.nurse()), Optional.empty(), was.patient(), Optional.empty(), was.sessionId(), "", "", "",
                reason, Optional.of(lastAdministration));
        EntryDraft right = new EntryDraft(was.productId(), was.lot(), was.expiry(), was.kind(), was.units(), was.mg(), was.ml(), was.at(),
                was.enteredBy(), was.witness(), Optional.of(patients.get(random.nextInt(patients.size()))), was.prescriber(),
                was.sessionId(), "", "", "", EntryDraft.replacingReason(lastAdministration, reason), Optional.empty());
        write(batch, day, reversal, List.of(new Signed(signer(staff.nurse()), SignatureMeaning.CORRECTED, at)));
        write(batch, day, right, List.of(new Signed(signer(staff.nurse()), SignatureMeaning.CORRECTED, at)));
        lastAdministrationDraft = null;
    }

    private void administer(BackdatedEntries.Batch batch, LocalDate day, EntryDraft draft, Instant evening) {
        lastAdministration = write(batch, day, draft, List.of(new Signed(signer(staff.nurse()), SignatureMeaning.GIVEN, draft.at()),
                new Signed(signer(staff.prescriber()), SignatureMeaning.PRESCRIBER_CONFIRMED, evening)));
        lastAdministrationDraft = draft;
    }

    private EntryDraft draft(Product product, int book, LocalDate day, EntryKind kind, int units, Optional<BigDecimal> mg,
                             Optional<BigDecimal> ml, Instant at, Optional<Signer> witness, Optional<EntryDraft.PatientLine> patient,
                             String method, String reason, String reference) {
        int needed = -units;
        if (lot[book] == null || stock.balance(product.id(), lot[book]) < Math.max(needed, 1)) {
            receive(product, book, day, at.minusSeconds(600));
        }
        Optional<Signer> prescriber = kind == EntryKind.ADMINISTRATION || patient.isPresent() ? Optional.of(signer(staff.prescriber()))
                : Optional.empty();
        return new EntryDraft(product.id(), lot[book], stock.lot(product.id(), lot[book]).orElseThrow().expiry(), kind, units, mg, ml, at,
                signer(staff.nurse()), witness, patient, prescriber, Optional.empty(), "", reference, method, reason, Optional.empty());
    }

    /** CD-2: a delivery received and witnessed when the lot in use runs out; it is written when the next entry is. */
    private void receive(Product product, int book, LocalDate day, Instant at) {
        lot[book] = (product.route() == Route.IV ? "IV-" : "NS-") + day + "-" + book;
        int quantity = product.route() == Route.IV ? VIAL_DELIVERY : NASAL_DELIVERY;
        EntryDraft receipt = new EntryDraft(product.id(), lot[book], day.plusYears(2), EntryKind.RECEIPT, quantity, Optional.empty(),
                Optional.empty(), at, signer(staff.nurse()), Optional.of(signer(staff.witness())), Optional.empty(), Optional.empty(),
                Optional.empty(), SUPPLIER, "INV-" + day + "-" + book, "", "", Optional.empty());
        pending.add(new Pending(receipt, List.of(new Signed(signer(staff.nurse()), SignatureMeaning.RECEIVED, at),
                new Signed(signer(staff.witness()), SignatureMeaning.WITNESSED, at))));
        stock = stock.with(receipt);
    }

    private long write(BackdatedEntries.Batch batch, LocalDate day, EntryDraft draft, List<Signed> signed) {
        for (Pending p : pending) {
            batch.registerEntry(p.draft(), p.signatures());
            entries++;
            signatures += p.signatures().size();
        }
        pending.clear();
        // CD-4: the year is checked as the register would check it; a story that breaks a rule is a bug here.
        stock.check(draft, day).ifPresent(refusal -> {
            throw new IllegalStateException("register year: " + refusal);
        });
        stock = stock.with(draft);
        entries++;
        signatures += signed.size();
        return batch.registerEntry(draft, signed);
    }

    private static Signer signer(Actor actor) {
        return new Signer(actor.userId(), actor.fullName());
    }
}
