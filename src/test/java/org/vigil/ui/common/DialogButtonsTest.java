package org.vigil.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.vigil.service.WorkstationPreferences;
import org.vigil.text.Messages;

/** Issue 15, item 11: a dialog's OK and Cancel speak the language chosen at login, not the machine's. */
@ExtendWith(ApplicationExtension.class)
class DialogButtonsTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("A dialog in Chinese on an English machine says 确定 and 取消, not OK and Cancel")
    void chineseOnAnEnglishMachine(FxRobot robot) {
        Locale machine = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            UiContext ui = new UiContext(Messages.CHINESE, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), ZoneOffset.UTC, Runnable::run,
                    new WorkstationPreferences(dir));
            DialogPane pane = new DialogPane();
            robot.interact(() -> {
                pane.getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
                DialogButtons.inLanguage(pane, ui);
            });
            assertThat(((Button) pane.lookupButton(ButtonType.OK)).getText()).isEqualTo("确定");
            assertThat(((Button) pane.lookupButton(ButtonType.CANCEL)).getText()).isEqualTo("取消");
        } finally {
            Locale.setDefault(machine);
        }
    }
}
