package org.vigil.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.service.ClinicSetup.DemoState;
import org.vigil.service.LoginResult;
import org.vigil.service.Services;
import org.vigil.service.TestClinic;
import org.vigil.testing.TestServices;

/** Issue 14 item 6: a demo whose seeding was cut short is built again by the next `--demo` start. */
@DisplayName("A demo killed while seeding is rebuilt on the next --demo start")
class DemoInterruptedTest {

    private static final int PATIENTS = DemoPatients.ALL.size();

    private static Actor manager(Services services) {
        return ((LoginResult.Granted) services.accounts().login("manager", DemoClinic.PASSWORD)).actor();
    }

    private static int patients(Services services) {
        return services.patients().search(manager(services), "").value().size();
    }

    @Test
    @DisplayName("seeding cut short before the history: the next start builds the whole demo again, once, and it verifies intact")
    void cutShortThenRebuilt(@TempDir Path dir) {
        try (TestClinic demo = TestClinic.empty(dir)) {
            new DemoClinic(demo.services(), step -> {
                if (step.equals("history")) {
                    throw new IllegalStateException("killed while seeding (test)");
                }
            }).seedIfEmpty();
            assertThat(demo.services().setup().demoState()).isEqualTo(DemoState.UNFINISHED);
            assertThat(patients(demo.services())).as("registered before the cut").isEqualTo(PATIENTS);
        }

        Services services = DemoClinic.ready(TestServices.open(dir, new org.vigil.testing.MutableClock(TestClinic.MORNING)));
        try {
            assertThat(services.setup().demoState()).isEqualTo(DemoState.SEEDED);
            assertThat(patients(services)).as("each patient once, not twice").isEqualTo(PATIENTS);
            assertThat(services.integrity().verify("test").intact()).isTrue();
            assertThat(services.integrity().latest(manager(services), Integer.MAX_VALUE).value())
                    .filteredOn(e -> e.action().equals("DEMO_SEEDED")).hasSize(1);
        } finally {
            services.close();
        }

        // A whole demo is left as it is.
        Services again = DemoClinic.ready(TestServices.open(dir, new org.vigil.testing.MutableClock(TestClinic.MORNING)));
        try {
            assertThat(patients(again)).isEqualTo(PATIENTS);
            assertThat(again.integrity().latest(manager(again), Integer.MAX_VALUE).value())
                    .filteredOn(e -> e.action().equals("CLINIC_CREATED")).hasSize(1);
        } finally {
            again.close();
        }
    }

    @Test
    @DisplayName("a real clinic's folder opened with --demo is never rebuilt or seeded")
    void realClinicUntouched(@TempDir Path dir) {
        TestClinic.setUp(dir).close();
        Services services = DemoClinic.ready(TestServices.open(dir, new org.vigil.testing.MutableClock(TestClinic.MORNING)));
        try {
            assertThat(services.setup().demoState()).isEqualTo(DemoState.NOT_A_DEMO);
            assertThat(services.setup().clinic().orElseThrow().name()).isEqualTo(TestClinic.CLINIC);
        } finally {
            services.close();
        }
    }
}
