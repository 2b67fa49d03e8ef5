package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.vigil.domain.Role;

@ExtendWith(ApplicationExtension.class)
@DisplayName("BP-8 pasted values on the registration form are messages next to their fields (Chinese)")
class PastedInputChineseScreenTest {

    private static final String NURSE_PASSWORD = "tea at ten on the ward";

    @TempDir
    Path dir;
    private ShellFixture app;
    private org.vigil.domain.Actor nurse;

    @Start
    void start(Stage stage) {
        app = ShellFixture.withClinic(stage, dir, Locale.SIMPLIFIED_CHINESE);
        nurse = app.person("nurse.li", "Li Na", NURSE_PASSWORD, Set.of(Role.NURSE), false);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    @DisplayName("BP-8 a weight of 1e+10000000 and a birth year of -999999999 are refused at once, with what is allowed")
    void pastedWeightAndBirthYear(FxRobot robot) {
        PastedInputScreen.login(robot, "nurse.li", NURSE_PASSWORD);
        List<String> messages = PastedInputScreen.registerWithPastedValues(robot, app, "91-pasted-input-zh");
        assertThat(messages.get(0)).contains("请输入数字", "20 个字符");
        assertThat(messages.get(1)).contains("130 年前");
        assertThat(app.services.patients().search(nurse, "okafor").value()).isEmpty();
    }
}
