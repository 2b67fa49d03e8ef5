package org.vigil.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigil.domain.Outcome;
import org.vigil.service.Backups;
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
        Console console = Console.of(spec);
        Messages m = console.messages();
        // DB-1: a window that has the folder open takes the backup for us; otherwise we open the folder ourselves.
        Optional<Outcome<Backups.BackupSummary>> asked = RunningVigil.backup(console.root().resolvedDataDir(), target,
                System.getProperty("user.name"));
        if (asked.isPresent()) {
            return report(console, m, asked.get());
        }
        return console.onDataFolder(services -> report(console, m, services.backups().backup(target, console.root().operator())));
    }

    private int report(Console console, Messages m, Outcome<Backups.BackupSummary> outcome) {
        return switch (outcome) {
            case Outcome.Done<Backups.BackupSummary> done -> {
                Backups.BackupSummary summary = done.value();
                console.out().println(m.get("backup.written", target.toAbsolutePath(), summary.clinicName()));
                console.out().println(m.get("backup.checkpoint", summary.auditHeadSeq() + ":" + summary.auditHeadHash()));
                yield VigilCommand.OK;
            }
            case Outcome.Refused<Backups.BackupSummary> _, Outcome.Invalid<Backups.BackupSummary> _ -> {
                console.err().println(m.notDone(outcome));
                yield VigilCommand.FAILED;
            }
        };
    }
}
