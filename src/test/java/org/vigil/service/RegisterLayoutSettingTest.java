package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.SettingCategory;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.SettingKind;
import org.vigil.domain.register.RegisterLayout;

/** The V11 migration seeds the printed register's layout (CD-7). */
class RegisterLayoutSettingTest {

    @Test
    @DisplayName("CD-7 the register layout is a protocol choice of CN, UK or US, one per RegisterLayout, seeded CN and valid")
    void seeded(@TempDir Path dataDir) {
        try (TestClinic clinic = TestClinic.setUp(dataDir)) {
            SettingRow row = clinic.services().settings().list(clinic.admin()).value().stream()
                    .filter(r -> r.definition().key().equals(SettingKeys.CD_REGISTER_LAYOUT)).findFirst().orElseThrow();
            assertThat(row.definition().category()).isEqualTo(SettingCategory.PROTOCOL);
            assertThat(row.definition().kind()).isEqualTo(SettingKind.CHOICE);
            assertThat(row.definition().choices()).containsExactly("CN", "UK", "US")
                    .containsExactlyElementsOf(java.util.Arrays.stream(RegisterLayout.values()).map(Enum::name).toList());
            assertThat(row.current().value()).isEqualTo("CN");
            assertThat(row.definition().check(row.current().value())).isEmpty();
            assertThat(row.definition().check("GB")).as("the layout names a jurisdiction, not a country code").isPresent();
        }
    }
}
