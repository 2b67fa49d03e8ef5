package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vigil.domain.Actor;
import org.vigil.service.Services;
import org.vigil.service.WorkstationPreferences;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.login.LoginView;

/** Issue 15, item 14: the login screen is there before the database is open, and a login sent meanwhile is answered. */
@ExtendWith(ApplicationExtension.class)
class PaintFirstLoginTest {

    @TempDir
    Path dir;

    private ShellFixture app;
    private final ExecutorService database = Executors.newSingleThreadExecutor();

    @Start
    void start(Stage stage) {
        app = ShellFixture.withClinic(stage, dir, Locale.ENGLISH);
    }

    @AfterEach
    void close() {
        database.shutdownNow();
        app.close();
    }

    @Test
    @DisplayName("a login typed while the database is still opening waits for it and logs in")
    void loginBeforeTheDatabaseIsOpen(FxRobot robot) throws Exception {
        CountDownLatch opening = new CountDownLatch(1);
        // The database thread is busy opening the folder: everything queued after it waits.
        database.execute(() -> {
            try {
                opening.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        AtomicReference<Services> opened = new AtomicReference<>();
        AtomicReference<Actor> loggedIn = new AtomicReference<>();
        UiContext ui = new UiContext(Locale.ENGLISH, app.clock, ZoneOffset.UTC, database, new WorkstationPreferences(dir));
        robot.interact(() -> app.scene.setRoot(new LoginView(opened::get, ui, false, loggedIn::set).root()));

        assertThat(robot.lookup("#loginClinic").queryAs(Label.class).getText()).startsWith("Opening the clinic’s database");
        Screenshots.save(app.scene, "15-login-while-opening-en");
        robot.clickOn("#username").write("admin");
        robot.clickOn("#password").write(ShellFixture.ADMIN_PASSWORD);
        robot.clickOn("#login");
        assertThat(loggedIn.get()).isNull();

        opened.set(app.services);
        opening.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> loggedIn.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#loginClinic").queryAs(Label.class).getText()).isEqualTo(ShellFixture.CLINIC);
        assertThat(loggedIn.get()).isNotNull();
    }
}
