package org.vigil.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigil.domain.Outcome;
import org.vigil.service.Backups;
import org.vigil.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `vigil restore FILE`: refuses a damaged backup or one of another clinic. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the data folder's database with a backup. Vigil must be closed. "
                + "The replaced database is kept beside it, renamed.")
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A backup written by `vigil backup`.")
    Path archive;

    @Override
    public Integer call() {
        Console console = Console.of(spec);
        Messages m = console.messages();
        Path dataDir = console.root().resolvedDataDir();
        Outcome<Backups.BackupSummary> outcome = Backups.restore(dataDir, archive, console.root().operator(), console.root().clock());
        return switch (outcome) {
            case Outcome.Done<Backups.BackupSummary> done -> {
                console.out().println(m.get("restore.done", done.value().clinicName(), done.value().takenAt(), dataDir));
                yield VigilCommand.OK;
            }
            case Outcome.Refused<Backups.BackupSummary> _, Outcome.Invalid<Backups.BackupSummary> _ -> {
                console.err().println(m.notDone(outcome));
                yield VigilCommand.FAILED;
            }
        };
    }
}
