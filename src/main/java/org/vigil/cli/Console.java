package org.vigil.cli;

import java.io.PrintWriter;
import java.util.function.ToIntFunction;
import org.vigil.service.DataFolderUnavailable;
import org.vigil.service.Services;
import org.vigil.text.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where a command writes and in which words, with the root command's options: what every
 * command starts from.
 */
record Console(VigilCommand root, PrintWriter out, PrintWriter err, Messages messages) {

    static Console of(CommandSpec spec) {
        VigilCommand root = VigilCommand.root(spec);
        return new Console(root, spec.commandLine().getOut(), spec.commandLine().getErr(), root.messages());
    }

    /**
     * Runs the work over the opened data folder and closes it after. When the folder cannot be
     * opened the reason is already printed, and its exit code is returned without running the work.
     */
    /** A wrong option said in one line of the user's language, not a usage page: exit 2. */
    int wrong(String line) {
        err().println(line);
        return CommandLine.ExitCode.USAGE;
    }

    /** A fault the command caught (its stack trace already logged): one sentence, a full disk named as such. Exit 1. */
    int fault(Throwable e) {
        err().println(CommandErrors.sentenceFor(e, messages()));
        return VigilCommand.FAILED;
    }

    int onDataFolder(ToIntFunction<Services> work) {
        int[] exit = {VigilCommand.OK};
        try (Services services = root.open(err, exit)) {
            return services == null ? exit[0] : work.applyAsInt(services);
        } catch (RuntimeException e) {
            // A page found damaged only when the command read it: a sentence and exit 4, not a stack trace.
            DataFolderUnavailable unavailable = Services.unavailable(e).orElseThrow(() -> e);
            org.slf4j.LoggerFactory.getLogger(Console.class).error("Data folder unavailable during a command", e);
            return root.explain(unavailable, err);
        }
    }
}
