package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.service.SessionFloor.PRESCRIBER_PASSWORD;
import static org.vigil.service.SessionFloor.TODAY;
import static org.vigil.service.SessionFloor.refusedWith;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.domain.Route;
import org.vigil.domain.register.EntryKind;
import org.vigil.domain.register.RegisterEntry;
import org.vigil.domain.register.SignatureMeaning;
import org.vigil.store.RawDatabase;
import org.vigil.testing.Stockroom;

@DisplayName("The controlled-drug register: receipts, devices from stock, waste, corrections and the prescriber's signatures")
class DrugRegisterTest {

    private static final String NURSE2_PASSWORD = "the second nurse counts twice";

    @TempDir
    Path dir;
    private SessionFloor floor;
    private Actor nurse2;
    private long nasal;

    @BeforeEach
    void openFloor() {
        floor = SessionFloor.open(dir);
        nurse2 = floor.clinic.person("nurse.wang", NURSE2_PASSWORD, Role.NURSE);
        nasal = register().products(floor.nurse).value().stream().filter(p -> p.route() == Route.NASAL).findFirst().orElseThrow().id();
    }

    @AfterEach
    void close() {
        floor.close();
    }

    private DrugRegister register() {
        return floor.clinic.services().register();
    }

    private int balance(String lot) {
        return register().stock(floor.nurse).value().stream().filter(l -> l.lot().lot().equals(lot)).findFirst()
                .map(l -> l.lot().units()).orElse(0);
    }

    private List<DrugRegister.Line> lines() {
        return register().books(floor.nurse).value().stream().flatMap(b -> b.lines().stream()).toList();
    }

    private DrugRegister.Receipt receipt(String lot, int quantity) {
        return new DrugRegister.Receipt(nasal, lot, TODAY.plusYears(1), quantity, "Pharma Supplies Ltd, 1 Dock Road", "INV-77");
    }

    @Test
    @DisplayName("CD-2 SIG-2 a receipt is witnessed by another user who signs with their own password now; the stock rises by the quantity")
    void receiptWithWitness() {
        refusedWith(register().receive(floor.nurse, receipt("LOT-N1", 10), floor.nurse, SessionFloor.NURSE_PASSWORD), "SIG-2",
                "register.witness.sameUser");
        refusedWith(register().receive(floor.nurse, receipt("LOT-N1", 10), nurse2, "not the password"), "SIG-2",
                "signature.passwordWrong");
        Actor manager = floor.clinic.person("manager.zhou", "the manager signs the monthly book", Role.MANAGER);
        refusedWith(register().receive(floor.nurse, receipt("LOT-N1", 10), manager, "the manager signs the monthly book"), "ROLE-2",
                "register.witness.notAllowed");
        refusedWith(register().receive(manager, receipt("LOT-N1", 10), nurse2, NURSE2_PASSWORD), "ROLE-2", "refused.role");
        assertThat(balance("LOT-N1")).as("nothing written by a refusal").isZero();
        assertThat(floor.clinic.actions()).contains("SIGNATURE_REFUSED", "REGISTER_REFUSED");

        RegisterEntry entry = register().receive(floor.nurse, receipt("LOT-N1", 10), nurse2, NURSE2_PASSWORD).value();

        assertThat(balance("LOT-N1")).isEqualTo(10);
        DrugRegister.Line line = lines().stream().filter(l -> l.entry().id() == entry.id()).findFirst().orElseThrow();
        assertThat(line.signatures()).extracting(s -> s.meaning(), s -> s.signer().userId())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(SignatureMeaning.RECEIVED, floor.nurse.userId()),
                        org.assertj.core.groups.Tuple.tuple(SignatureMeaning.WITNESSED, nurse2.userId()));
        assertThat(line.signaturesHold()).isTrue();
        refusedWith(register().receive(floor.nurse, new DrugRegister.Receipt(nasal, "LOT-N1", TODAY.plusYears(3), 5, "Pharma", "INV-78"),
                nurse2, NURSE2_PASSWORD), "CD-2", "register.lot.expiryDiffers");
    }

    @Test
    @DisplayName("CD-3 CD-5 an infusion takes whole vials of its lot; it ends only once what was drawn and not given is wasted, witnessed")
    void infusionVialsAndWitnessedResidual() {
        long session = floor.booked(PatientForm.grace(), Route.IV);
        floor.ready(session, 128, 82);
        // 40 mg from 50 mg / 2 mL vials: one vial, 10 mg left in it.
        floor.engine().authoriseDose(floor.prescriber, session, new java.math.BigDecimal("40"), Route.IV, 40, "Tolerated before",
                PRESCRIBER_PASSWORD, floor.request()).value();
        floor.engine().startInfusion(floor.nurse, session, new java.math.BigDecimal("60"), Stockroom.IV_LOT, floor.request()).value();

        assertThat(balance(Stockroom.IV_LOT)).isEqualTo(19);
        RegisterEntry drawn = lines().stream().map(DrugRegister.Line::entry).filter(e -> e.kind() == EntryKind.ADMINISTRATION)
                .findFirst().orElseThrow();
        assertThat(drawn.units()).isEqualTo(-1);
        assertThat(drawn.content().mg()).hasValueSatisfying(mg -> assertThat(mg).isEqualByComparingTo("40"));
        assertThat(drawn.content().ml()).hasValueSatisfying(ml -> assertThat(ml).isEqualByComparingTo("1.6"));

        floor.minutes(40);
        java.math.BigDecimal given = new java.math.BigDecimal("38");
        java.math.BigDecimal residual = new java.math.BigDecimal("2");
        refusedWith(floor.engine().endInfusion(floor.nurse, session, given, residual, null, null, "", floor.request()), "CD-5",
                "register.residual.witnessRequired");
        refusedWith(floor.engine().endInfusion(floor.nurse, session, given, residual, floor.nurse, SessionFloor.NURSE_PASSWORD,
                "Discarded", floor.request()), "SIG-2", "register.witness.sameUser");
        refusedWith(floor.engine().endInfusion(floor.nurse, session, given, residual, nurse2, "wrong", "Discarded", floor.request()),
                "SIG-2", "signature.passwordWrong");
        assertThat(floor.engine().view(floor.nurse, session).value().snapshot().infusionStop()).as("the infusion has not ended").isEmpty();

        floor.engine().endInfusion(floor.nurse, session, given, residual, nurse2, NURSE2_PASSWORD, "Discarded into the waste container",
                floor.request()).value();

        DrugRegister.Line waste = lines().stream().filter(l -> l.entry().kind() == EntryKind.WASTE).findFirst().orElseThrow();
        assertThat(waste.entry().units()).as("the vial left the stock at the start").isZero();
        // 10 mg left in the vial, and 2 of 40 mL infused still holding 5% of the 40 mg dose: 12 mg, 0.48 mL of the 25 mg/mL drug.
        assertThat(waste.entry().content().mg()).hasValueSatisfying(mg -> assertThat(mg).isEqualByComparingTo("12"));
        assertThat(waste.entry().content().ml()).hasValueSatisfying(ml -> assertThat(ml).isEqualByComparingTo("0.48"));
        assertThat(waste.entry().content().sessionId()).contains(session);
        assertThat(waste.signatures()).extracting(s -> s.meaning(), s -> s.signer().userId())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(SignatureMeaning.WASTED, floor.nurse.userId()),
                        org.assertj.core.groups.Tuple.tuple(SignatureMeaning.WITNESSED, nurse2.userId()));
        assertThat(waste.awaitsPrescriber()).as("the prescriber signs the waste in the log").isTrue();
        assertThat(balance(Stockroom.IV_LOT)).isEqualTo(19);
    }

    @Test
    @DisplayName("CD-3 ADM-3 a device given takes one from its lot in the same step, naming patient, ID number, prescriber and session; a lot not in stock is refused")
    void deviceFromStock() {
        long session = floor.booked(PatientForm.grace(), Route.NASAL);
        floor.ready(session, 128, 82);
        floor.engine().authoriseDose(floor.prescriber, session, 56, Route.NASAL, 0, PRESCRIBER_PASSWORD, floor.request()).value();

        refusedWith(floor.engine().giveDevice(floor.nurse, session, "LOT-TYPO", true, "", floor.request()), "CD-4",
                "register.lot.notInStock");
        assertThat(floor.engine().view(floor.nurse, session).value().snapshot().devicesGiven()).as("no device without its entry")
                .isZero();
        floor.engine().giveDevice(floor.nurse, session, "LOT-B7", true, "", floor.request()).value();

        assertThat(balance("LOT-B7")).isEqualTo(99);
        RegisterEntry given = lines().stream().map(DrugRegister.Line::entry).filter(e -> e.kind() == EntryKind.ADMINISTRATION)
                .findFirst().orElseThrow();
        assertThat(given.units()).isEqualTo(-1);
        assertThat(given.content().sessionId()).contains(session);
        assertThat(given.content().patient()).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Okafor, Grace");
            assertThat(p.idNumber()).isNotBlank();
        });
        assertThat(given.content().prescriber()).hasValueSatisfying(p -> assertThat(p.userId()).isEqualTo(floor.prescriber.userId()));
        assertThat(register().proposedLot(floor.nurse, Route.NASAL).value()).map(l -> l.lot()).as("earliest expiry, then lot")
                .isPresent();
    }

    @Test
    @DisplayName("CD-5 CD-4 waste is witnessed and takes from the balance; more than the balance is refused and changes nothing")
    void wasteWithWitness() {
        refusedWith(register().wasteStock(floor.nurse, nasal, "LOT-P1", 101, "Returned to pharmacy for destruction", "Dropped",
                nurse2, NURSE2_PASSWORD), "CD-4", "register.balance.negative");
        refusedWith(register().wasteStock(floor.nurse, nasal, "LOT-P1", 1, "", "Dropped", nurse2, NURSE2_PASSWORD), "CD-5",
                "register.waste.incomplete");
        register().wasteStock(floor.nurse, nasal, "LOT-P1", 2, "Denatured in a waste kit", "Dropped on the floor", nurse2, NURSE2_PASSWORD)
                .value();

        assertThat(balance("LOT-P1")).isEqualTo(98);
    }

    @Test
    @DisplayName("CD-1 a correction writes a linked reversal and the right entry, both kept, with the reason; an entry is corrected once; rows cannot be edited")
    void correction() throws Exception {
        RegisterEntry wrong = register().receive(floor.nurse, receipt("LOT-C9", 12), nurse2, NURSE2_PASSWORD).value();

        List<RegisterEntry> written = register().correct(floor.nurse, wrong.id(),
                Optional.of(new DrugRegister.Replacement("LOT-C9", TODAY.plusYears(1), 10)), "Invoice says 10, not 12").value();

        assertThat(written).extracting(RegisterEntry::kind, RegisterEntry::units)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EntryKind.CORRECTION, -12),
                        org.assertj.core.groups.Tuple.tuple(EntryKind.RECEIPT, 10));
        assertThat(written.getFirst().content().corrects()).contains(wrong.id());
        assertThat(balance("LOT-C9")).isEqualTo(10);
        assertThat(lines()).extracting(l -> l.entry().id()).contains(wrong.id(), written.get(0).id(), written.get(1).id());
        refusedWith(register().correct(floor.nurse, wrong.id(), Optional.empty(), "again"), "CD-1", "register.correction.already");
        floor.clinic.close();
        try (RawDatabase raw = RawDatabase.open(floor.clinic.dir)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> raw.update("UPDATE register_entry SET units = 50 WHERE id = ?", wrong.id()))
                    .hasMessageContaining("append-only");
        }
        floor.clinic.reopen();
    }

    @Test
    @DisplayName("SIG-3 the prescriber signs their administrations in one pass; an entry changed afterwards no longer holds its signatures")
    void prescriberSignsAndTamperShows() throws Exception {
        long session = floor.booked(PatientForm.grace(), Route.NASAL);
        floor.ready(session, 128, 82);
        floor.engine().authoriseDose(floor.prescriber, session, 56, Route.NASAL, 0, PRESCRIBER_PASSWORD, floor.request()).value();
        floor.engine().giveDevice(floor.nurse, session, "LOT-A1", true, "", floor.request()).value();
        floor.minutes(5);
        floor.engine().giveDevice(floor.nurse, session, "LOT-A1", true, "", floor.request()).value();

        List<DrugRegister.Line> awaiting = register().awaitingSignature(floor.prescriber).value();
        assertThat(awaiting).hasSize(2);
        refusedWith(register().sign(floor.prescriber, "wrong", awaiting.stream().map(l -> l.entry().id()).toList()), "SIG-2",
                "signature.passwordWrong");
        refusedWith(register().sign(floor.nurse, SessionFloor.NURSE_PASSWORD, awaiting.stream().map(l -> l.entry().id()).toList()),
                "ROLE-2", "refused.role");
        assertThat(register().sign(floor.prescriber, PRESCRIBER_PASSWORD, awaiting.stream().map(l -> l.entry().id()).toList()).value())
                .isEqualTo(2);
        assertThat(register().awaitingSignature(floor.prescriber).value()).isEmpty();
        long entry = awaiting.getFirst().entry().id();
        assertThat(lines()).filteredOn(l -> l.entry().id() == entry).singleElement().satisfies(l -> assertThat(l.signaturesHold()).isTrue());

        floor.clinic.close();
        try (RawDatabase raw = RawDatabase.open(floor.clinic.dir)) {
            raw.update("DROP TRIGGER register_entry_append_only");
            raw.update("UPDATE register_entry SET lot = 'LOT-B7' WHERE id = ?", entry);
        }
        floor.clinic.reopen();

        assertThat(lines()).filteredOn(l -> l.entry().id() == entry).singleElement()
                .satisfies(l -> assertThat(l.signaturesHold()).as("SIG-3 the changed entry's signatures").isFalse());
        Integrity.Report report = floor.clinic.services().integrity().verify("test");
        assertThat(report.intact()).isFalse();
        assertThat(report.brokenSignatures()).extracting(Integrity.BrokenSignature::entryId).containsOnly(entry);
        assertThat(report.brokenSignatures()).extracting(Integrity.BrokenSignature::meaning)
                .containsExactlyInAnyOrder(SignatureMeaning.GIVEN, SignatureMeaning.PRESCRIBER_CONFIRMED);
    }

    @Test
    @DisplayName("SIG-3 a signature row copied onto another entry does not hold there, and verify names that entry")
    void copiedSignatureFails() throws Exception {
        long session = floor.booked(PatientForm.grace(), Route.NASAL);
        floor.ready(session, 128, 82);
        floor.engine().authoriseDose(floor.prescriber, session, 56, Route.NASAL, 0, PRESCRIBER_PASSWORD, floor.request()).value();
        floor.engine().giveDevice(floor.nurse, session, "LOT-A1", true, "", floor.request()).value();
        long signedEntry = register().awaitingSignature(floor.prescriber).value().getFirst().entry().id();
        register().sign(floor.prescriber, PRESCRIBER_PASSWORD, List.of(signedEntry)).value();
        floor.minutes(5);
        floor.engine().giveDevice(floor.nurse, session, "LOT-A1", true, "", floor.request()).value();
        long unsigned = register().awaitingSignature(floor.prescriber).value().getFirst().entry().id();
        assertThat(floor.clinic.services().integrity().verify("test").intact()).isTrue();

        floor.clinic.close();
        try (RawDatabase raw = RawDatabase.open(floor.clinic.dir)) {
            raw.update("""
                    INSERT INTO register_signature (entry_id, signer_id, signer_name, meaning, signed_at, content_hash)
                    SELECT ?, signer_id, signer_name, meaning, signed_at, content_hash FROM register_signature
                    WHERE entry_id = ? AND meaning = 'PRESCRIBER_CONFIRMED'""", unsigned, signedEntry);
        }
        floor.clinic.reopen();

        assertThat(lines()).filteredOn(l -> l.entry().id() == unsigned).singleElement()
                .satisfies(l -> assertThat(l.signaturesHold()).isFalse());
        assertThat(floor.clinic.services().integrity().verify("test").brokenSignatures()).singleElement()
                .satisfies(b -> assertThat(b.entryId()).isEqualTo(unsigned));
    }

    @Test
    @DisplayName("ROLE-1 an administrator reads no register; a manager reads it but handles no stock")
    void roles() {
        refusedWith(register().books(floor.clinic.admin()), "ROLE-2", "refused.role");
        Actor manager = floor.clinic.person("manager.zhou", "the manager signs the monthly book", Role.MANAGER);
        assertThat(register().books(manager).isDone()).isTrue();
        refusedWith(register().wasteStock(manager, nasal, "LOT-A1", 1, "kit", "expired", nurse2, NURSE2_PASSWORD), "ROLE-2",
                "refused.role");
    }

    @Test
    @DisplayName("PROD-3 the catalogue is data: a manager adds a product, which becomes a book of its own; a nurse cannot")
    void catalogue() {
        Actor manager = floor.clinic.person("manager.zhou", "the manager signs the monthly book", Role.MANAGER);
        refusedWith(register().addProduct(floor.nurse, "Esketamine injection 25 mg / 1 mL", Route.IV, new java.math.BigDecimal("25"),
                java.math.BigDecimal.ONE), "ROLE-2", "refused.role");
        refusedWith(register().addProduct(manager, "Esketamine injection 25 mg / 1 mL", Route.IV, new java.math.BigDecimal("25"), null),
                "PROD-3", "register.product.incomplete");

        var added = register().addProduct(manager, "Esketamine injection 25 mg / 1 mL", Route.IV, new java.math.BigDecimal("25"),
                java.math.BigDecimal.ONE).value();

        assertThat(added.strength()).isEqualTo("25 mg / 1 mL");
        assertThat(register().books(manager).value()).extracting(b -> b.product().name()).contains("Esketamine nasal spray 28 mg",
                "Esketamine injection 50 mg / 2 mL", "Esketamine injection 25 mg / 1 mL");
        refusedWith(register().addProduct(manager, "esketamine injection 25 mg / 1 mL", Route.IV, new java.math.BigDecimal("25"),
                java.math.BigDecimal.ONE), "PROD-3", "register.product.exists");
    }

    @Test
    @DisplayName("CD-4 CD-1 the stock the database sums is the stock the entries leave: receipts, waste, corrections into another lot; the log's lines carry their balances")
    void stockSummedByTheDatabase() {
        RegisterEntry wrong = register().receive(floor.nurse, receipt("LOT-S1", 12), nurse2, NURSE2_PASSWORD).value();
        register().receive(floor.nurse, new DrugRegister.Receipt(nasal, "LOT-S2", TODAY.plusMonths(2), 6, "Pharma", "INV-9"), nurse2,
                NURSE2_PASSWORD).value();
        register().wasteStock(floor.nurse, nasal, "LOT-S2", 1, "Denatured in a waste kit", "Dropped", nurse2, NURSE2_PASSWORD).value();
        // The right entry is a lot first seen in the correction, with its own expiry: the lot keeps that expiry.
        register().correct(floor.nurse, wrong.id(), Optional.of(new DrugRegister.Replacement("LOT-S3", TODAY.plusMonths(7), 10)),
                "Invoice says LOT-S3").value();
        refusedWith(register().correct(floor.nurse, wrong.id(), Optional.empty(), "again"), "CD-1", "register.correction.already");

        List<RegisterEntry> everyEntry = lines().stream().map(DrugRegister.Line::entry).toList();
        assertThat(register().stock(floor.nurse).value()).extracting(DrugRegister.LotLine::lot)
                .as("summed in SQL, as Stock works it out entry by entry")
                .containsExactlyElementsOf(org.vigil.domain.register.Stock.of(everyEntry).lots());
        assertThat(balance("LOT-S1")).isZero();
        assertThat(balance("LOT-S3")).isEqualTo(10);

        List<Long> ids = everyEntry.stream().map(RegisterEntry::id).toList();
        assertThat(register().lines(floor.nurse, ids).value()).extracting(l -> l.entry().id(), l -> l.line().productBalance(),
                        l -> l.line().lotBalance())
                .as("each line's balances read for it alone are those of the whole book")
                .containsExactlyInAnyOrderElementsOf(lines().stream().map(l -> org.assertj.core.groups.Tuple.tuple(l.entry().id(),
                        l.line().productBalance(), l.line().lotBalance())).toList());
    }
}
