package org.vigil;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;

/**
 * Vigil's log, set up in code rather than by logback.xml (found by logback through
 * META-INF/services): reading the XML loaded the JDK's XML parser and logback's Joran, about
 * 0.2 s of CPU before the window's JavaFX could start (issue 15, item 14). One file,
 * {@code vigil.log}, in the folder Main names in {@value #LOG_DIR} (the data folder's logs/),
 * else in the temporary folder; rolled daily and at 10 MB, kept 90 days and at most 1 GB.
 * Stack traces belong there, never in front of a user. A logback.configurationFile given on
 * the command line still decides.
 */
public final class LogConfiguration extends ContextAwareBase implements Configurator {

    /** The system property naming the log folder. */
    static final String LOG_DIR = "vigil.logDir";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        Path folder = folder();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder.resolve("vigil.log").toString());
        file.setEncoder(encoder);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder.resolve("vigil.%d{yyyy-MM-dd}.%i.log.gz").toString());
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(90);
        rolling.setTotalSizeCap(FileSize.valueOf("1GB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.start();
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Where the log goes: the folder Main named, else the temporary folder's vigil-logs. */
    static Path folder() {
        String named = System.getProperty(LOG_DIR);
        return named != null ? Path.of(named) : Path.of(System.getProperty("java.io.tmpdir"), "vigil-logs");
    }
}
