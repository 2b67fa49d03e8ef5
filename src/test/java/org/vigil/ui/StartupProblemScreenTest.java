package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Executors;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.vigil.service.DataFolderUnavailable;
import org.vigil.service.WorkstationPreferences;
import org.vigil.testing.MutableClock;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.shell.AppShell;
import org.vigil.ui.shell.StartupProblemView;

/** Issue 14: what the window says when the folder's key is not here, or the file is damaged. */
@ExtendWith(ApplicationExtension.class)
class StartupProblemScreenTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private Scene show(FxRobot robot, Locale language, DataFolderUnavailable.Reason reason) {
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            UiContext ui = new UiContext(language, new MutableClock(java.time.Instant.parse("2025-03-03T08:00:00Z")), ZoneId.of("UTC"),
                    Executors.newSingleThreadExecutor(), new WorkstationPreferences(dir));
            scene[0] = new Scene(new StartupProblemView(ui, reason, dir.resolve("vigil.mv.db")).root(), 1000, 600);
            AppShell.style(scene[0]);
            stage.setScene(scene[0]);
            stage.show();
        });
        return scene[0];
    }

    @Test
    @DisplayName("a folder whose key is not on this machine: said so, with the key ring's place and the restore to use, in English and Chinese")
    void keyMissing(FxRobot robot) {
        Scene english = show(robot, Locale.ENGLISH, DataFolderUnavailable.Reason.KEY_MISSING);
        String text = robot.lookup("#startupProblem").queryAs(Label.class).getText();
        assertThat(text).contains(dir.resolve("vigil.mv.db").toString(), "key ring", "vigil restore", "backup passphrase");
        Screenshots.save(english, "14-startup-key-missing-en");
        Scene chinese = show(robot, Locale.SIMPLIFIED_CHINESE, DataFolderUnavailable.Reason.KEY_MISSING);
        assertThat(robot.lookup("#startupProblem").queryAs(Label.class).getText()).contains("密钥环", "vigil restore");
        Screenshots.save(chinese, "14-startup-key-missing-zh");
    }

    @Test
    @DisplayName("item 4: a damaged file is named, said to be damaged and untouched, with the restore to use")
    void damaged(FxRobot robot) {
        Scene english = show(robot, Locale.ENGLISH, DataFolderUnavailable.Reason.DAMAGED);
        assertThat(robot.lookup("#startupProblem").queryAs(Label.class).getText())
                .contains(dir.resolve("vigil.mv.db").toString(), "is damaged", "left exactly as it was", "vigil restore");
        Screenshots.save(english, "14-startup-damaged-en");
        Scene chinese = show(robot, Locale.SIMPLIFIED_CHINESE, DataFolderUnavailable.Reason.DAMAGED);
        Screenshots.save(chinese, "14-startup-damaged-zh");
    }
}
