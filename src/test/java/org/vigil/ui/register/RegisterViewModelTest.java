package org.vigil.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.domain.register.EntryKind;
import org.vigil.domain.register.RegisterEntry;
import org.vigil.store.RawDatabase;
import org.vigil.ui.FloorFixture;
import org.vigil.ui.register.RegisterRow.Mark;

/**
 * Issue 12: the register's book without a toolkit, over a real database — balances, stock flags,
 * filters, highlights, and the receipt, waste and correction forms with their refusals.
 */
class RegisterViewModelTest {

    private static final String MANAGER_PASSWORD = "the manager reads the monthly book";

    @TempDir
    Path dir;

    private FloorFixture f;
    private RegisterViewModel book;

    @BeforeEach
    void open() {
        f = new FloorFixture(dir);
        book = model(f.nurse);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private RegisterViewModel model(Actor who) {
        RegisterViewModel model = new RegisterViewModel(f.services(), f.ui, () -> who);
        model.refresh();
        return model;
    }

    private LocalDate today() {
        return f.story.today();
    }

    private List<RegisterRow> rows() {
        return book.rowsProperty().get();
    }

    private RegisterRow row(long id) {
        return rows().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private ReceiptForm receipt(String lot, String expiry, String quantity) {
        ReceiptForm form = book.receipt();
        form.supplierName.set("Pharma Supplies Ltd");
        form.supplierAddress.set("1 Dock Road\nHarbour Town");
        form.reference.set("INV-2025-031");
        form.lot.set(lot);
        form.expiry.set(expiry);
        form.quantity.set(quantity);
        form.witnessUser.set("drchen");
        form.witnessPassword.set(FloorFixture.PRESCRIBER_PASSWORD);
        return form;
    }

    private <T> Optional<T> submitted(RegisterForm<?, T> form) {
        List<T> done = new ArrayList<>();
        form.submit(done::add);
        return done.stream().findFirst();
    }

    @Test
    @DisplayName("CD-4 SIG-1 one book per product: entries in order, each with its signatures and the product's and the lot's balance after each; the stock by lot beside it")
    void bookWithBalances() {
        assertThat(book.productsProperty().get()).extracting(p -> p.name())
                .containsExactly("Esketamine nasal spray 28 mg", "Esketamine injection 50 mg / 2 mL");
        assertThat(book.product.get().name()).isEqualTo("Esketamine nasal spray 28 mg");
        assertThat(rows()).extracting(r -> r.entry().lot(), r -> r.line().line().productBalance(), r -> r.line().line().lotBalance())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LOT-A1", 100, 100),
                        org.assertj.core.groups.Tuple.tuple("LOT-B7", 200, 100),
                        org.assertj.core.groups.Tuple.tuple("LOT-24A17", 300, 100),
                        org.assertj.core.groups.Tuple.tuple("LOT-P1", 400, 100));
        assertThat(book.stockProperty().get()).extracting(l -> l.lot().lot()).containsExactlyInAnyOrder("LOT-A1", "LOT-B7",
                "LOT-24A17", "LOT-P1");
        EntryText words = new EntryText(f.ui);
        RegisterRow first = rows().getFirst();
        assertThat(words.details(first.entry().content())).isEqualTo("Pharma Supplies Ltd, 1 Dock Road\nInvoice INV-LOT-A1");
        assertThat(words.signatures(first.line())).isEqualTo(
                "Received: Person nurse.li, 3 Mar 2025 08:00:00 (UTC+00:00)\nWitnessed: Person drchen, 3 Mar 2025 08:00:00 (UTC+00:00)");

        long grace = f.story.booked("Lee", "Grace", 1);
        f.dosed(grace);
        book.refresh();
        RegisterRow given = rows().getLast();
        assertThat(given.entry().kind()).isEqualTo(EntryKind.ADMINISTRATION);
        assertThat(given.line().line().productBalance()).isEqualTo(398);
        assertThat(given.line().line().lotBalance()).isEqualTo(98);
        assertThat(words.patient(given.entry().content())).isEqualTo("Lee, Grace\nID ID-RMC-101");
        assertThat(words.unitsOut(given.entry())).isEqualTo("1");
    }

    @Test
    @DisplayName("CD-2 the stock panel flags an expired lot and one expiring within the setting's days, in words")
    void stockFlags() {
        submitted(receipt("LOT-OLD", today().minusDays(1).toString(), "3")).orElseThrow();
        submitted(receipt("LOT-SOON", today().plusDays(10).toString(), "3")).orElseThrow();
        book.refresh();
        EntryText words = new EntryText(f.ui);
        assertThat(book.stockProperty().get()).filteredOn(l -> l.lot().lot().startsWith("LOT-"))
                .extracting(l -> l.lot().lot() + " " + words.lotState(l, today()))
                .contains("LOT-OLD EXPIRED: do not use; waste with a witness", "LOT-SOON EXPIRES IN 10 DAYS: use first",
                        "LOT-A1 in date");
    }

    @Test
    @DisplayName("CD-2 SIG-2 a receipt: wrong fields are said next to them; a witness who is the same user or types a wrong password is refused in the form, which keeps what was typed")
    void receiptWithWitness() {
        ReceiptForm form = book.receipt();
        int sent = f.database.given();
        assertThat(submitted(form)).isEmpty();
        assertThat(form.errorProperty(ReceiptForm.Field.SUPPLIER_NAME).get()).isEqualTo("Required.");
        assertThat(form.errorProperty(ReceiptForm.Field.EXPIRY).get()).isEqualTo("A date as YYYY-MM-DD, such as 2027-06-30.");
        assertThat(form.errorProperty(ReceiptForm.Field.QUANTITY).get()).isEqualTo("A whole number, 1 or more.");
        assertThat(form.errorProperty(ReceiptForm.Field.WITNESS_PASSWORD).get()).isEqualTo("The witness types their own password.");
        assertThat(form.messageProperty().get()).isEqualTo("Nothing was saved: correct the fields marked in red.");
        assertThat(f.database.given()).as("nothing sent while a field is wrong").isEqualTo(sent);

        form = receipt("LOT-N1", "2027-06-30", "0");
        assertThat(submitted(form)).isEmpty();
        assertThat(form.errorProperty(ReceiptForm.Field.QUANTITY).get()).isEqualTo("A whole number, 1 or more.");

        form.quantity.set("10");
        form.witnessUser.set("nurse.li");
        form.witnessPassword.set(FloorFixture.NURSE_PASSWORD);
        assertThat(submitted(form)).isEmpty();
        assertThat(form.errorProperty(ReceiptForm.Field.WITNESS_USER).get())
                .isEqualTo("The witness must be another user, signing with their own user name and password.");
        assertThat(form.witnessPassword.get()).as("a password is typed again").isEmpty();
        assertThat(form.lot.get()).as("what was typed stays").isEqualTo("LOT-N1");

        form.witnessUser.set("drchen");
        form.witnessPassword.set("not the password");
        assertThat(submitted(form)).isEmpty();
        assertThat(form.errorProperty(ReceiptForm.Field.WITNESS_PASSWORD).get()).isEqualTo("The user name or password is not right.");

        form.lot.set("LOT-A1");
        form.witnessPassword.set(FloorFixture.PRESCRIBER_PASSWORD);
        assertThat(submitted(form)).isEmpty();
        assertThat(form.errorProperty(ReceiptForm.Field.EXPIRY).get()).as("CD-2 one lot, one expiry").startsWith("Lot LOT-A1 is already");

        form.lot.set("LOT-N1");
        form.witnessPassword.set(FloorFixture.PRESCRIBER_PASSWORD);
        RegisterEntry entry = submitted(form).orElseThrow();
        book.received(entry);

        assertThat(entry.content().counterparty()).isEqualTo("Pharma Supplies Ltd, 1 Dock Road, Harbour Town");
        assertThat(book.lines().noticeProperty().get()).isEqualTo("Entry #" + entry.id() + " written: 10 received into lot LOT-N1, witnessed.");
        assertThat(book.focusProperty().get()).isEqualTo(entry.id());
        assertThat(row(entry.id()).line().line().lotBalance()).isEqualTo(10);
        assertThat(row(entry.id()).line().signatures()).extracting(s -> s.signer().name())
                .containsExactlyInAnyOrder("Person nurse.li", "Person drchen");
    }

    @Test
    @DisplayName("CD-5 a stock waste: the lot is chosen from stock; more than its balance is said next to the units; witnessed, the balance falls")
    void wasteFromStock() {
        WasteForm form = book.waste();
        assertThat(form.lotsProperty().get()).extracting(l -> l.lot().lot()).containsExactlyInAnyOrder("LOT-A1", "LOT-B7", "LOT-24A17",
                "LOT-P1");
        form.lot.set(form.lotsProperty().get().stream().filter(l -> l.lot().lot().equals("LOT-P1")).findFirst().orElseThrow());
        form.units.set("101");
        assertThat(submitted(form)).isEmpty();
        assertThat(form.errorProperty(WasteForm.Field.UNITS).get()).isEqualTo("Lot LOT-P1 has 100 left: waste 100 or fewer.");
        assertThat(form.errorProperty(WasteForm.Field.METHOD).get()).isEqualTo("Required.");
        assertThat(form.errorProperty(WasteForm.Field.REASON).get()).isEqualTo("Required.");

        form.units.set("2");
        form.method.set("Denatured in a drug-destruction kit");
        form.reason.set("Device dropped on the floor");
        form.witnessUser.set("drchen");
        form.witnessPassword.set(FloorFixture.PRESCRIBER_PASSWORD);
        RegisterEntry wasted = submitted(form).orElseThrow();
        book.wasted(wasted);

        assertThat(row(wasted.id()).line().line().lotBalance()).isEqualTo(98);
        assertThat(new EntryText(f.ui).details(wasted.content()))
                .isEqualTo("Method: Denatured in a drug-destruction kit\nReason: Device dropped on the floor");
        assertThat(book.stockProperty().get()).filteredOn(l -> l.lot().lot().equals("LOT-P1")).singleElement()
                .satisfies(l -> assertThat(l.lot().units()).isEqualTo(98));
    }

    @Test
    @DisplayName("CD-1 a correction says what it will write, then writes the reversal and the right entry; both halves are linked and shown together whatever the filter")
    void correction() {
        RegisterEntry wrong = submitted(receipt("LOT-C9", "2027-06-30", "12")).orElseThrow();
        book.refresh();
        f.clinic.clock.advance(Duration.ofDays(1));
        CorrectionForm form = book.correction(row(wrong.id()));
        assertThat(form.previewProperty().get()).isEqualTo("Entry #" + wrong.id() + " is not changed. A correction reversing it (\u221212)"
                + " is written, linked to it. Then the right entry: Receipt of 12 units, lot LOT-C9, expiry 30 Jun 2027. Both new entries"
                + " stay visible in the book beside the wrong one.");
        form.quantity.set("10");
        assertThat(form.previewProperty().get()).contains("Receipt of 10 units");
        assertThat(submitted(form)).isEmpty();
        assertThat(form.errorProperty(CorrectionForm.Field.REASON).get()).isEqualTo("Required.");

        form.reason.set("Invoice says 10, not 12");
        List<RegisterEntry> written = submitted(form).orElseThrow();
        book.corrected(wrong, written);

        assertThat(book.lines().noticeProperty().get()).contains("#" + written.get(0).id() + ", #" + written.get(1).id());
        RegisterRow reversal = row(written.get(0).id());
        assertThat(row(wrong.id()).marks()).contains(Mark.CORRECTED);
        assertThat(reversal.marks()).contains(Mark.CORRECTION);
        assertThat(book.linked(reversal)).map(RegisterRow::id).contains(wrong.id());
        assertThat(book.linked(row(wrong.id()))).map(RegisterRow::id).contains(reversal.id());
        assertThat(row(wrong.id()).correctable()).as("CD-1 corrected once").isFalse();
        assertThat(new EntryText(f.ui).marks(row(wrong.id()))).isEqualTo("Corrected by entry #" + reversal.id());

        book.from.set(today());
        assertThat(rows()).extracting(RegisterRow::id).as("the wrong entry of yesterday shows beside today's correction")
                .containsExactly(wrong.id(), written.get(0).id());
        book.from.set(null);
        assertThat(rows()).extracting(RegisterRow::id).as("the right entry keeps the wrong entry's date and follows the reversal")
                .endsWith(wrong.id(), written.get(0).id(), written.get(1).id());
    }

    @Test
    @DisplayName("CD-4 filters: dates, lot, patient by name or ID number, and the staff member who entered, witnessed, prescribed or signed")
    void filters() {
        long grace = f.story.booked("Lee", "Grace", 1);
        long fang = f.story.booked("Wang", "Fang", 2);
        f.dosed(grace);
        f.dosed(fang);
        book.refresh();
        assertThat(rows()).hasSize(8);

        book.patient.set("grace");
        assertThat(rows()).hasSize(2).allSatisfy(r -> assertThat(r.entry().content().patient().orElseThrow().name()).isEqualTo("Lee, Grace"));
        book.patient.set("RMC-102");
        assertThat(rows()).hasSize(2).allSatisfy(r -> assertThat(r.entry().content().patient().orElseThrow().name()).isEqualTo("Wang, Fang"));
        book.patient.set("");

        book.lot.set("LOT-B7");
        assertThat(rows()).extracting(r -> r.entry().lot()).containsOnly("LOT-B7");
        book.lot.set(null);

        book.user.set("drchen");
        assertThat(rows()).as("witnessed the receipts, prescribed the doses").hasSize(8);
        book.user.set("nobody");
        assertThat(rows()).isEmpty();
        book.user.set("");

        book.until.set(today().minusDays(1));
        assertThat(rows()).isEmpty();
        book.until.set(null);
        assertThat(book.lotsProperty().get()).containsExactly("LOT-24A17", "LOT-A1", "LOT-B7", "LOT-P1");
    }

    @Test
    @DisplayName("SIG-3 an administration awaiting the prescriber is marked; an entry changed by raw SQL after signing shows its signatures as not holding")
    void highlights() throws Exception {
        long grace = f.story.booked("Lee", "Grace", 1);
        f.dosed(grace);
        book.refresh();
        RegisterRow given = rows().getLast();
        assertThat(given.marks()).containsExactly(Mark.AWAITING_PRESCRIBER);
        assertThat(new EntryText(f.ui).marks(given)).isEqualTo("Awaiting signature of Person drchen");
        f.services().register().sign(f.prescriber, FloorFixture.PRESCRIBER_PASSWORD, List.of(given.id())).value();
        book.refresh();
        assertThat(row(given.id()).marks()).isEmpty();

        f.clinic.close();
        try (RawDatabase raw = RawDatabase.open(dir)) {
            raw.update("DROP TRIGGER register_entry_append_only");
            raw.update("UPDATE register_entry SET patient_name = 'Someone, Else' WHERE id = ?", given.id());
        }
        f.clinic.reopen();
        book = model(f.nurse);

        RegisterRow tampered = row(given.id());
        assertThat(tampered.marks()).containsExactly(Mark.SIGNATURES_BROKEN);
        EntryText words = new EntryText(f.ui);
        assertThat(words.marks(tampered)).isEqualTo("Signature does not hold: entry changed after signing");
        assertThat(words.signatures(tampered.line())).contains("Prescriber confirmed: Person drchen",
                "DOES NOT HOLD: the entry was changed after this signature (SIG-3)");
    }

    @Test
    @DisplayName("ROLE-1 a nurse may handle stock; a manager reads the book but may not, and a receipt sent anyway is refused in its form; an administrator reads nothing")
    void roles() {
        assertThat(book.mayHandleStockProperty().get()).isTrue();
        Actor manager = f.clinic.person("manager.zhou", MANAGER_PASSWORD, Role.MANAGER);
        RegisterViewModel managers = model(manager);
        assertThat(managers.mayHandleStockProperty().get()).isFalse();
        assertThat(managers.rowsProperty().get()).hasSize(4);
        ReceiptForm form = managers.receipt();
        form.supplierName.set("Pharma Supplies Ltd");
        form.supplierAddress.set("1 Dock Road");
        form.reference.set("INV-1");
        form.lot.set("LOT-M1");
        form.expiry.set("2027-06-30");
        form.quantity.set("5");
        form.witnessUser.set("nurse.li");
        form.witnessPassword.set(FloorFixture.NURSE_PASSWORD);
        assertThat(submitted(form)).isEmpty();
        assertThat(form.messageProperty().get()).isEqualTo("Only a nurse or a prescriber can do this. The attempt has been recorded.");

        RegisterViewModel admins = model(f.clinic.admin());
        assertThat(admins.lines().messageProperty().get()).isEqualTo("Only a nurse, a prescriber or a manager can do this. The attempt has been recorded.");
        assertThat(admins.rowsProperty().get()).isEmpty();
    }

    @Test
    @DisplayName("Issue 16 CD-4 CD-1 the book is read from the first day of last month with the balances brought forward; an older entry a correction reverses comes with it; a blank From reads the whole book")
    void bookReadFromLastMonth() {
        RegisterEntry old = submitted(receipt("LOT-D1", "2028-06-30", "12")).orElseThrow();
        f.clinic.clock.advance(Duration.ofDays(75));
        book = model(f.nurse);
        assertThat(book.from.get()).isEqualTo(today().minusMonths(1).withDayOfMonth(1)).isAfter(LocalDate.ofInstant(old.recordedAt(),
                f.ui.zone()));
        assertThat(rows()).extracting(RegisterRow::id).as("a receipt of 75 days ago is not read").doesNotContain(old.id());

        WasteForm waste = book.waste();
        waste.lot.set(waste.lotsProperty().get().stream().filter(l -> l.lot().lot().equals("LOT-D1")).findFirst().orElseThrow());
        waste.units.set("2");
        waste.method.set("Denatured in a drug-destruction kit");
        waste.reason.set("Device dropped on the floor");
        waste.witnessUser.set("drchen");
        waste.witnessPassword.set(FloorFixture.PRESCRIBER_PASSWORD);
        RegisterEntry wasted = submitted(waste).orElseThrow();
        book.wasted(wasted);
        RegisterRow fromLastMonth = row(wasted.id());
        assertThat(fromLastMonth.line().line().lotBalance()).as("the 12 received before the period brought forward").isEqualTo(10);

        CorrectionForm form = book.correction(row(wasted.id()));
        form.reason.set("Entered against the wrong lot");
        form.replace.set(false);
        List<RegisterEntry> written = submitted(form).orElseThrow();
        book.corrected(wasted, written);
        book.from.set(null);
        CorrectionForm never = book.correction(row(old.id()));
        never.reason.set("Never delivered");
        never.replace.set(false);
        RegisterEntry reverseOld = submitted(never).orElseThrow().getFirst();
        book.from.set(book.usualFrom());
        book.corrected(old, List.of(reverseOld));
        assertThat(rows()).extracting(RegisterRow::id).as("CD-1 the old receipt shows beside the correction that reverses it")
                .startsWith(old.id()).contains(reverseOld.id());
        assertThat(book.linked(row(reverseOld.id()))).map(RegisterRow::id).contains(old.id());

        List<RegisterRow> period = rows();
        book.from.set(null);
        assertThat(rows()).as("the whole book shows the same lines with the same balances").containsAll(period);
        assertThat(rows().size()).isGreaterThan(period.size());
    }
}
