package org.vigil.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.Collections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.service.DiskFull;
import org.vigil.text.Messages;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * What a command says when it cannot do its work: one sentence in the machine's language and an
 * exit code, never a stack trace or a usage page (the stack trace goes to the log file). A wrong
 * option exits 2 with what was wrong and where the options are listed; a full disk, or anything
 * nobody foresaw, exits 1.
 */
final class CommandErrors implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(CommandErrors.class);

    private final Messages messages;

    CommandErrors(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine line = ex.getCommandLine();
        UnusableName unusable = find(ex, UnusableName.class);
        InvalidPathException badPath = find(ex, InvalidPathException.class);
        line.getErr().println(unusable != null ? unusable.getMessage() : badPath != null ? invalidPath(badPath) : firstLine(ex.getMessage()));
        line.getErr().println(messages.get("cli.seeHelp", line.getCommandSpec().qualifiedName()));
        line.getErr().flush();
        return line.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine line, ParseResult parseResult) {
        InvalidPathException badPath = find(ex, InvalidPathException.class);
        if (badPath != null) {
            // A name this system cannot represent (VIGIL_HOME, a file argument): the user's input, not a fault.
            line.getErr().println(invalidPath(badPath));
            line.getErr().flush();
            return CommandLine.ExitCode.USAGE;
        }
        return failed(ex, line.getCommandSpec().qualifiedName(), line.getErr());
    }

    /** A command that failed at its work: the fault to the log, one sentence to the user. */
    int failed(Exception ex, String command, java.io.PrintWriter err) {
        log.error("Command failed: {}", command, ex);
        err.println(sentenceFor(ex, messages));
        err.flush();
        return VigilCommand.FAILED;
    }

    /**
     * Every path option and parameter goes through this: picocli's own conversion reports a name
     * the system cannot hold as a Java exception inside an English line.
     */
    CommandLine.ITypeConverter<Path> paths() {
        return text -> {
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw new UnusableName(invalidPath(e));
            }
        };
    }

    /** A name that cannot be a path here, said as a sentence. */
    static final class UnusableName extends CommandLine.TypeConversionException {
        UnusableName(String sentence) {
            super(sentence);
        }
    }

    /** The one sentence for a fault: a full disk with what to do, else where the details are. */
    static String sentenceFor(Throwable fault, Messages messages) {
        if (DiskFull.causedBy(fault)) {
            return messages.get("cli.diskFull");
        }
        UnsupportedOperationException glass = find(fault, UnsupportedOperationException.class);
        if (glass != null && String.valueOf(glass.getMessage()).contains("DISPLAY")) {
            return messages.get("cli.noDisplay");
        }
        return messages.get("cli.unexpected", logFolder());
    }

    private String invalidPath(InvalidPathException e) {
        return messages.get("cli.pathInvalid", e.getInput(), System.getProperty("sun.jnu.encoding", "?"));
    }

    /** Where Main sent the log (org.vigil.LogConfiguration falls back to the temporary folder). */
    static Path logFolder() {
        String configured = System.getProperty("vigil.logDir");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("java.io.tmpdir"), "vigil-logs");
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
