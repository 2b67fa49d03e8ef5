package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.service.SessionFloor.PRESCRIBER_PASSWORD;
import static org.vigil.service.SessionFloor.TODAY;
import static org.vigil.service.SessionFloor.refusedWith;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.domain.register.CountKind;
import org.vigil.domain.register.Discrepancy;
import org.vigil.domain.register.DiscrepancyOutcome;
import org.vigil.domain.register.EntryKind;
import org.vigil.domain.register.Incident;
import org.vigil.store.RawDatabase;
import org.vigil.testing.Stockroom;

@DisplayName("CD-6 blind counts, their discrepancies and the incidents a loss opens")
class StockCountsTest {

    private static final String NURSE2_PASSWORD = "the second nurse counts twice";
    private static final String MANAGER_PASSWORD = "the manager signs the monthly book";

    @TempDir
    Path dir;
    private SessionFloor floor;
    private Actor nurse2;
    private Actor manager;

    @BeforeEach
    void openFloor() {
        floor = SessionFloor.open(dir);
        nurse2 = floor.clinic.person("nurse.wang", NURSE2_PASSWORD, Role.NURSE);
        manager = floor.clinic.person("manager.zhou", MANAGER_PASSWORD, Role.MANAGER);
    }

    @AfterEach
    void close() {
        floor.close();
    }

    private StockCounts counts() {
        return floor.clinic.services().counts();
    }

    /** What is on the shelf: every lot of the sheet at the register's balance, except those given. */
    private List<StockCounts.CountedLot> shelf(String lot, int counted) {
        List<StockCounts.CountedLot> lines = new ArrayList<>();
        for (StockCounts.SheetLot s : counts().sheet(floor.nurse).value()) {
            int received = s.lot().equals(Stockroom.IV_LOT) ? 20 : 100;
            lines.add(new StockCounts.CountedLot(s.product().id(), s.lot(), s.lot().equals(lot) ? counted : received));
        }
        return lines;
    }

    @Test
    @DisplayName("CD-6 the count sheet names the lots but never the expected balance; a matching count opens nothing")
    void blindSheetAndMatchingCount() {
        List<StockCounts.SheetLot> sheet = counts().sheet(floor.nurse).value();
        assertThat(sheet).extracting(StockCounts.SheetLot::lot).contains("LOT-A1", "LOT-B7");
        assertThat(StockCounts.SheetLot.class.getRecordComponents()).extracting(c -> c.getName())
                .as("the sheet carries no balance: the count is blind").containsExactly("product", "lot", "expiry");

        StockCounts.CountResult result = counts().count(floor.nurse, CountKind.HANDOVER, shelf("", 0), nurse2, NURSE2_PASSWORD).value();

        assertThat(result.opened()).isEmpty();
        assertThat(result.count().lines()).allMatch(l -> l.expected() == l.counted() && l.counted() > 0);
        assertThat(floor.clinic.actions()).contains("COUNT_RECORDED");
    }

    @Test
    @DisplayName("CD-6 SIG-2 ROLE-2 a count is co-signed by another user who may handle stock, with their password now; every lot is counted")
    void cosignedAndComplete() {
        refusedWith(counts().count(floor.nurse, CountKind.HANDOVER, shelf("", 0), floor.nurse, SessionFloor.NURSE_PASSWORD), "SIG-2",
                "register.witness.sameUser");
        refusedWith(counts().count(floor.nurse, CountKind.HANDOVER, shelf("", 0), nurse2, "wrong"), "SIG-2", "signature.passwordWrong");
        refusedWith(counts().count(floor.nurse, CountKind.HANDOVER, shelf("", 0), manager, MANAGER_PASSWORD), "ROLE-2",
                "register.witness.notAllowed");
        refusedWith(counts().count(manager, CountKind.HANDOVER, shelf("", 0), nurse2, NURSE2_PASSWORD), "ROLE-2", "refused.role");
        List<StockCounts.CountedLot> partial = shelf("", 0).subList(1, shelf("", 0).size());
        refusedWith(counts().count(floor.nurse, CountKind.HANDOVER, partial, nurse2, NURSE2_PASSWORD), "CD-6", "count.lotMissing");
        List<StockCounts.CountedLot> negative = shelf("LOT-A1", -1);
        refusedWith(counts().count(floor.nurse, CountKind.HANDOVER, negative, nurse2, NURSE2_PASSWORD), "CD-6", "count.negative");
        assertThat(counts().recentCounts(floor.nurse, 1).value()).as("a refused count writes nothing").isEmpty();
        assertThat(floor.clinic.actions()).contains("COUNT_REFUSED");
    }

    @Test
    @DisplayName("CD-6 a mismatch opens a discrepancy that blocks the next handover count until a manager resolves it with a signature")
    void mismatchBlocksHandoverUntilResolved() {
        StockCounts.CountResult result = counts().count(floor.nurse, CountKind.HANDOVER, shelf("LOT-B7", 98), nurse2, NURSE2_PASSWORD)
                .value();
        assertThat(result.opened()).singleElement().satisfies(d -> {
            assertThat(d.lot()).isEqualTo("LOT-B7");
            assertThat(d.expected()).isEqualTo(100);
            assertThat(d.counted()).isEqualTo(98);
        });
        long discrepancy = result.opened().getFirst().id();

        refusedWith(counts().count(nurse2, CountKind.HANDOVER, shelf("LOT-B7", 98), floor.nurse, SessionFloor.NURSE_PASSWORD), "CD-6",
                "count.blockedByDiscrepancy");
        assertThat(counts().count(nurse2, CountKind.DAY_CLOSE, shelf("LOT-B7", 98), floor.nurse, SessionFloor.NURSE_PASSWORD).isDone())
                .as("a day-close count is still made, and opens its own discrepancy").isTrue();

        refusedWith(counts().resolve(floor.nurse, discrepancy, DiscrepancyOutcome.EXPLAINED, "miscounted", SessionFloor.NURSE_PASSWORD),
                "ROLE-2", "refused.role");
        refusedWith(counts().resolve(manager, discrepancy, DiscrepancyOutcome.EXPLAINED, " ", MANAGER_PASSWORD), "CD-6",
                "count.discrepancy.explanationRequired");
        refusedWith(counts().resolve(manager, discrepancy, DiscrepancyOutcome.EXPLAINED, "two devices in the returns tray", "wrong"),
                "SIG-2", "signature.passwordWrong");

        Discrepancy resolved = counts().resolve(manager, discrepancy, DiscrepancyOutcome.EXPLAINED, "two devices in the returns tray",
                MANAGER_PASSWORD).value();

        assertThat(resolved.open()).isFalse();
        assertThat(resolved.resolution().orElseThrow().resolver().name()).isEqualTo(manager.fullName());
        refusedWith(counts().resolve(manager, discrepancy, DiscrepancyOutcome.EXPLAINED, "again", MANAGER_PASSWORD), "CD-6",
                "count.discrepancy.notOpen");
        long second = counts().discrepancies(manager).value().stream().filter(Discrepancy::open).findFirst().orElseThrow().id();
        counts().resolve(manager, second, DiscrepancyOutcome.EXPLAINED, "same two devices, found", MANAGER_PASSWORD).value();
        assertThat(counts().count(nurse2, CountKind.HANDOVER, shelf("", 0), floor.nurse, SessionFloor.NURSE_PASSWORD).isDone()).isTrue();
        assertThat(floor.clinic.actions()).contains("DISCREPANCY_OPENED", "DISCREPANCY_RESOLVED");
    }

    @Test
    @DisplayName("CD-6 CD-4 a loss is written off the lot so the next count matches, and opens an incident with its reporting deadlines")
    void lossWritesOffAndOpensIncident() {
        // A Friday: the one-business-day notice falls on Monday.
        LocalDate friday = LocalDate.of(2026, 12, 11);
        floor.clinic.clock.set(friday.atTime(17, 0).atZone(java.time.ZoneId.systemDefault()).toInstant());
        long discrepancy = counts().count(floor.nurse, CountKind.DAY_CLOSE, shelf("LOT-A1", 97), nurse2, NURSE2_PASSWORD).value()
                .opened().getFirst().id();

        counts().resolve(manager, discrepancy, DiscrepancyOutcome.THEFT, "three devices missing from the locked cupboard; police told",
                MANAGER_PASSWORD).value();

        assertThat(floor.clinic.services().register().stock(floor.nurse).value()).filteredOn(l -> l.lot().lot().equals("LOT-A1"))
                .singleElement().satisfies(l -> assertThat(l.lot().units()).isEqualTo(97));
        assertThat(floor.clinic.services().register().books(manager).value().stream().flatMap(b -> b.lines().stream())
                .filter(l -> l.entry().kind() == EntryKind.LOSS)).singleElement()
                .satisfies(l -> assertThat(l.entry().units()).isEqualTo(-3));
        Incident incident = counts().incidents(manager).value().getFirst();
        assertThat(incident.kind()).isEqualTo(DiscrepancyOutcome.THEFT);
        assertThat(incident.noticeDue()).as("1 business day after a Friday").isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(incident.formDue()).as("45 days").isEqualTo(friday.plusDays(45));
        assertThat(incident.open()).isTrue();
        assertThat(counts().incidents(floor.nurse).isDone()).as("incidents are the manager's").isFalse();

        refusedWith(counts().recordIncidentStep(manager, incident.id(), Incident.Stage.CLOSED, "done"), "CD-6",
                "count.incident.reportsFirst");
        floor.clinic.clock.advance(Duration.ofDays(3));
        assertThat(counts().incidents(manager).value().getFirst().noticeOverdue(friday.plusDays(3))).isFalse();
        counts().recordIncidentStep(manager, incident.id(), Incident.Stage.NOTIFIED, "Phoned the drug administration, ref 42").value();
        counts().recordIncidentStep(manager, incident.id(), Incident.Stage.FORM_FILED, "Form filed online").value();
        assertThat(counts().recordIncidentStep(manager, incident.id(), Incident.Stage.CLOSED, "").value().open()).isFalse();

        assertThat(counts().count(nurse2, CountKind.HANDOVER, shelf("LOT-A1", 97), floor.nurse, SessionFloor.NURSE_PASSWORD).value()
                .opened()).as("the book now holds what the shelf holds").isEmpty();
        refusedWith(counts().resolve(manager, discrepancy, DiscrepancyOutcome.LOSS, "again", MANAGER_PASSWORD), "CD-6",
                "count.discrepancy.notOpen");
    }

    @Test
    @DisplayName("CD-6 units found over the book cannot be written off as a loss")
    void surplusIsNotALoss() {
        long discrepancy = counts().count(floor.nurse, CountKind.DAY_CLOSE, shelf("LOT-A1", 101), nurse2, NURSE2_PASSWORD).value()
                .opened().getFirst().id();
        refusedWith(counts().resolve(manager, discrepancy, DiscrepancyOutcome.LOSS, "?", MANAGER_PASSWORD), "CD-6",
                "count.discrepancy.nothingMissing");
    }

    @Test
    @DisplayName("CD-1 CD-8 counts, discrepancies and their resolutions cannot be changed or deleted, even by SQL past the program")
    void appendOnly() throws Exception {
        counts().count(floor.nurse, CountKind.DAY_CLOSE, shelf("LOT-A1", 99), nurse2, NURSE2_PASSWORD).value();
        floor.clinic.close();
        try (RawDatabase raw = RawDatabase.open(floor.clinic.dir)) {
            for (String sql : List.of("UPDATE stock_count_line SET counted = 100", "DELETE FROM discrepancy", "DELETE FROM stock_count_line",
                    "DELETE FROM register_entry")) {
                assertThatThrownBy(() -> raw.update(sql)).as(sql).hasMessageContaining("append-only");
            }
        }
        floor.clinic.reopen();
    }
}
