package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigil.domain.Outcome;
import org.vigil.service.Backups;
import org.vigil.service.Services;
import org.vigil.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `vigil backup --to FILE`: online, consistent, verified after writing. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a consistent backup while Vigil may be running, then read it back and verify it.")
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "The backup file to write (.zip).")
    Path target;

    @Override
    public Integer call() {
        VigilCommand root = VigilCommand.root(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages m = root.messages();
        int[] exit = {VigilCommand.OK};
        try (Services services = root.open(err, exit)) {
            if (services == null) {
                return exit[0];
            }
            Outcome<Backups.BackupSummary> outcome = services.backups().backup(target, root.operator());
            return switch (outcome) {
                case Outcome.Done<Backups.BackupSummary> done -> {
                    Backups.BackupSummary summary = done.value();
                    out.println(m.get("backup.written", target.toAbsolutePath(), summary.clinicName()));
                    out.println(m.get("backup.checkpoint", summary.auditHeadSeq() + ":" + summary.auditHeadHash()));
                    yield VigilCommand.OK;
                }
                case Outcome.Refused<Backups.BackupSummary> _, Outcome.Invalid<Backups.BackupSummary> _ -> {
                    err.println(m.notDone(outcome));
                    yield VigilCommand.FAILED;
                }
            };
        }
    }
}
