package org.vigil.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import org.vigil.domain.register.Discrepancy;
import org.vigil.domain.register.DiscrepancyOutcome;
import org.vigil.domain.register.Incident;
import org.vigil.service.StockCounts;
import org.vigil.ui.FloorFixture;

/** CD-6 on the counts tab without a toolkit: the blind sheet, a count's answer, the manager's resolution and an incident. */
class CountsModelTest {

    private static final String MANAGER_PASSWORD = "the manager reads the monthly book";

    @TempDir
    Path dir;

    private FloorFixture f;
    private Actor manager;

    @BeforeEach
    void open() {
        f = new FloorFixture(dir);
        manager = f.clinic.person("manager.zhou", MANAGER_PASSWORD, Role.MANAGER);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private CountsModel model(Actor who) {
        CountsModel model = new CountsModel(f.services(), f.ui, () -> who, () -> { });
        model.refresh();
        return model;
    }

    private static <T> Optional<T> submitted(RegisterForm<?, T> form) {
        List<T> done = new ArrayList<>();
        form.submit(done::add);
        return done.stream().findFirst();
    }

    private CountForm form(CountsModel counts) {
        List<CountForm> opened = new ArrayList<>();
        counts.startCount(opened::add);
        return opened.getFirst();
    }

    @Test
    @DisplayName("CD-6 the form lists each lot without its balance; a blank figure is marked next to its lot and nothing is sent")
    void blindAndComplete() {
        CountsModel counts = model(f.nurse);
        CountForm form = form(counts);
        assertThat(form.lines()).extracting(l -> l.lot.lot()).contains("LOT-A1", "LOT-B7");
        form.witnessUser.set("drchen");
        form.witnessPassword.set(FloorFixture.PRESCRIBER_PASSWORD);

        assertThat(submitted(form)).isEmpty();
        assertThat(form.lines()).allSatisfy(l -> assertThat(l.errorProperty().get()).isNotEmpty());
        assertThat(form.errorProperty(CountForm.Field.FIGURES).get()).contains("lot(s) have no figure");
        assertThat(f.services().counts().recentCounts(f.nurse, 1).value()).isEmpty();
    }

    @Test
    @DisplayName("CD-6 a count one short says the register's figure only afterwards; the manager resolves it as a loss, which opens an incident")
    void countResolveAndIncident() {
        CountsModel counts = model(f.nurse);
        CountForm form = form(counts);
        for (CountForm.Line line : form.lines()) {
            line.counted.set(line.lot.lot().equals("LOT-A1") ? "98" : "100");
        }
        form.witnessUser.set("drchen");
        form.witnessPassword.set(FloorFixture.PRESCRIBER_PASSWORD);
        StockCounts.CountResult result = submitted(form).orElseThrow();
        counts.counted(result);

        assertThat(counts.lines().noticeProperty().get()).contains("lot LOT-A1: register 100, counted 98");
        assertThat(counts.discrepanciesProperty().get()).singleElement().satisfies(d -> assertThat(d.open()).isTrue());
        assertThat(counts.mayResolve()).isFalse();
        RegisterViewModel book = new RegisterViewModel(f.services(), f.ui, () -> f.nurse);
        book.refresh();
        assertThat(book.openDiscrepanciesProperty().get()).as("CD-6 said above the book").startsWith("1 count discrepancy is open");

        CountsModel managers = model(manager);
        assertThat(managers.mayCount()).isFalse();
        ResolveForm resolve = managers.resolving(managers.discrepanciesProperty().get().getFirst());
        resolve.outcome.set(DiscrepancyOutcome.LOSS);
        resolve.explanation.set("Two devices dropped and not recorded; staff reminded");
        resolve.password.set("wrong");
        assertThat(submitted(resolve)).isEmpty();
        assertThat(resolve.errorProperty(ResolveForm.Field.PASSWORD).get()).as("said next to the password").isNotEmpty();
        assertThat(resolve.password.get()).as("typed again").isEmpty();
        resolve.password.set(MANAGER_PASSWORD);
        Discrepancy done = submitted(resolve).orElseThrow();
        managers.resolved(done);

        assertThat(managers.discrepanciesProperty().get()).singleElement().satisfies(d -> assertThat(d.open()).isFalse());
        book.refresh();
        assertThat(book.openDiscrepanciesProperty().get()).isEmpty();
        assertThat(managers.incidentsProperty().get()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(DiscrepancyOutcome.LOSS);
            assertThat(i.open()).isTrue();
        });
        managers.step(managers.incidentsProperty().get().getFirst(), Incident.Stage.NOTIFIED, "Phoned the authority");
        assertThat(managers.incidentsProperty().get().getFirst().step(Incident.Stage.NOTIFIED)).isPresent();
        managers.step(managers.incidentsProperty().get().getFirst(), Incident.Stage.CLOSED, "");
        assertThat(managers.lines().messageProperty().get()).as("CD-6 closed only after the report is filed").isNotEmpty();
    }
}
