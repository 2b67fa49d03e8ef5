package org.vigil.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.domain.Outcome;
import org.vigil.service.Backups;
import org.vigil.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `vigil restore FILE`: needs the backup's passphrase; refuses a damaged, forged or foreign backup (SETUP-2). */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the data folder's database with a backup. Vigil must be closed (exit 3 while it runs).",
                "Asks for the backup's passphrase. The replaced database is kept beside it, renamed."})
final class RestoreCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(RestoreCommand.class);

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A backup written by `vigil backup`.")
    Path archive;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the backup's passphrase from this file (first line; readable by you only), for scripts.")
    Path passphraseFile;

    @Override
    public Integer call() {
        Console console = Console.of(spec);
        Messages m = console.messages();
        Path dataDir = console.root().resolvedDataDir();
        char[] passphrase = null;
        try {
            passphrase = new PassphraseInput(m).read(passphraseFile, m.get("backup.passphrase.restorePrompt"));
            Outcome<Backups.BackupSummary> outcome = Backups.restore(dataDir, archive, passphrase, console.root().operator(),
                    console.root().clock());
            return switch (outcome) {
                case Outcome.Done<Backups.BackupSummary> done -> {
                    console.out().println(m.get("restore.done", done.value().clinicName(), done.value().takenAt(), dataDir));
                    yield VigilCommand.OK;
                }
                case Outcome.Refused<Backups.BackupSummary> refused -> {
                    console.err().println(m.notDone(outcome));
                    yield "DB-1".equals(refused.refusal().ruleId()) ? VigilCommand.IN_USE : VigilCommand.FAILED;
                }
                case Outcome.Invalid<Backups.BackupSummary> _ -> {
                    console.err().println(m.notDone(outcome));
                    yield VigilCommand.FAILED;
                }
            };
        } catch (PassphraseInput.Unavailable e) {
            console.err().println(e.getMessage());
            return VigilCommand.FAILED;
        } catch (RuntimeException e) {
            log.error("Restore of {} into {} failed", archive, dataDir, e);
            console.err().println(m.get("restore.failed", e.getMessage()));
            return VigilCommand.FAILED;
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }
}
