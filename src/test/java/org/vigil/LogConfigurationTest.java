package org.vigil;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, item 14: the log is set up in code, as logback.xml set it up, without the XML parser. */
class LogConfigurationTest {

    @TempDir
    Path dir;

    private final LoggerContext context = new LoggerContext();
    private final String before = System.getProperty(LogConfiguration.LOG_DIR);

    @AfterEach
    void restore() {
        context.stop();
        if (before == null) {
            System.clearProperty(LogConfiguration.LOG_DIR);
        } else {
            System.setProperty(LogConfiguration.LOG_DIR, before);
        }
    }

    @Test
    @DisplayName("logback finds it on its own and writes vigil.log in the folder Main names, Flyway's chatter left out")
    void writesTheLogWhereMainSays() throws Exception {
        System.setProperty(LogConfiguration.LOG_DIR, dir.toString());
        // What SLF4J gives the context it starts; a context made here has none.
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());

        new ContextInitializer(context).autoConfig();
        context.getLogger("org.vigil.store.Database").info("Opened database {}", "x");
        context.getLogger("org.flywaydb.core.FlywayExecutor").info("Migrating schema");
        context.getLogger("org.flywaydb.core.FlywayExecutor").warn("Flyway warning");
        context.stop();

        String log = Files.readString(dir.resolve("vigil.log"));
        assertThat(log).matches("(?s)\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) INFO  \\[[^]]+] "
                + "org.vigil.store.Database - Opened database x\n.*");
        assertThat(log).contains("Flyway warning").doesNotContain("Migrating schema");
        // No XML was read: Joran's configurator was never asked.
        assertThat(context.getObject(ch.qos.logback.core.CoreConstants.SAFE_JORAN_CONFIGURATION)).isNull();
    }

    @Test
    @DisplayName("without a folder from Main the log goes to the temporary folder, where the commands' messages say it is")
    void fallsBackToTheTemporaryFolder() {
        System.clearProperty(LogConfiguration.LOG_DIR);

        assertThat(LogConfiguration.folder()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "vigil-logs"));
    }
}
