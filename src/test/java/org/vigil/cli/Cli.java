package org.vigil.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/** Runs `vigil ...` in this JVM and keeps what it printed. */
final class Cli {

    record Run(int exit, String out, String err) {}

    private Cli() {}

    static Run run(Clock clock, VigilCommand.Window window, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // As Main runs it: errors are sentences with an exit code.
        CommandLine command = VigilCommand.commandLine(new VigilCommand(clock, Map.of(), window), dir -> { });
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exit = command.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Run run(Clock clock, String... args) {
        return run(clock, (dir, demo, language) -> {
            throw new AssertionError("a command must not open the window");
        }, args);
    }
}
