package org.vigil.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.UserAccount;
import org.vigil.service.ClinicSetup.StaffMember;
import org.vigil.service.LoginResult;
import org.vigil.service.Services;
import org.vigil.service.TestClinic;

@DisplayName("The demo clinic")
class DemoClinicTest {

    @Test
    @DisplayName("seeding fills an empty database once with the README's people, who log in with the demo password")
    void seeded(@TempDir Path dir) {
        try (TestClinic demo = TestClinic.empty(dir)) {
            Services services = demo.services();
            new DemoClinic(services).seedIfEmpty();
            new DemoClinic(services).seedIfEmpty();
            assertThat(services.users().listForOperator()).extracting(UserAccount::username)
                    .containsExactlyInAnyOrderElementsOf(DemoClinic.PEOPLE.stream().map(StaffMember::username).toList());
            assertThat(services.setup().clinic().orElseThrow().name()).contains("(demo)");
            assertThat(services.accounts().login("nurse.li", DemoClinic.PASSWORD)).isInstanceOf(LoginResult.Granted.class);
            assertThat(services.integrity().verify("test").intact()).isTrue();
        }
    }
}
