package org.vigil.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigil.domain.Outcome;
import org.vigil.service.Backups;
import org.vigil.service.LoginResult;
import org.vigil.service.Services;
import org.vigil.text.Messages;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `vigil backup --to FILE`: online, consistent, encrypted under the clinic's backup passphrase and
 * verified after writing; `vigil backup --set-passphrase --admin NAME` sets that passphrase
 * (SETUP-2).
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write an encrypted backup while Vigil may be running, then read it back and verify it.",
                "The clinic's backup passphrase must be set first (--set-passphrase); the backup file is readable by you only."})
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--to", paramLabel = "FILE", description = "The backup file to write, outside the data folder.")
        Path target;

        @Option(names = "--set-passphrase",
                description = "Set (or change, for backups from now on) the clinic's backup passphrase. Needs --admin.")
        boolean setPassphrase;
    }

    @Option(names = "--admin", paramLabel = "NAME", description = "The administrator setting the passphrase (asked for their password).")
    String admin;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the new passphrase from this file (first line; the file must be readable by you only), for scripts.")
    Path passphraseFile;

    @Option(names = "--admin-password-file", paramLabel = "FILE",
            description = "Read the administrator's password from this file (readable by you only), for scripts.")
    Path adminPasswordFile;

    @Override
    public Integer call() {
        Console console = Console.of(spec);
        if (what.setPassphrase) {
            if (admin == null || admin.isBlank()) {
                return console.wrong(console.messages().get("backup.passphrase.adminNeeded"));
            }
            return console.onDataFolder(services -> setPassphrase(console, services));
        }
        // DB-1: a window that has the folder open takes the backup for us; otherwise we open the folder ourselves.
        Optional<Outcome<Backups.BackupSummary>> asked = RunningVigil.backup(console.root().resolvedDataDir(), what.target,
                System.getProperty("user.name"));
        if (asked.isPresent()) {
            return report(console, asked.get());
        }
        return console.onDataFolder(services -> report(console, services.backups().backup(what.target, console.root().operator())));
    }

    private int report(Console console, Outcome<Backups.BackupSummary> outcome) {
        Messages m = console.messages();
        return switch (outcome) {
            case Outcome.Done<Backups.BackupSummary> done -> {
                Backups.BackupSummary summary = done.value();
                console.out().println(m.get("backup.written", summary.file(), summary.clinicName()));
                console.out().println(m.get("backup.checkpoint", summary.auditHeadSeq() + ":" + summary.auditHeadHash()));
                yield VigilCommand.OK;
            }
            case Outcome.Refused<Backups.BackupSummary> _, Outcome.Invalid<Backups.BackupSummary> _ -> {
                console.err().println(m.notDone(outcome));
                yield VigilCommand.FAILED;
            }
        };
    }

    private int setPassphrase(Console console, Services services) {
        Messages m = console.messages();
        PassphraseInput input = new PassphraseInput(m);
        char[] password = null;
        char[] passphrase = null;
        char[] repeated = null;
        try {
            password = input.read(adminPasswordFile, m.get("backup.passphrase.adminPassword", admin));
            LoginResult login = services.accounts().login(admin, new String(password));
            if (!(login instanceof LoginResult.Granted granted)) {
                console.err().println(m.get("backup.passphrase.loginDenied"));
                return VigilCommand.FAILED;
            }
            if (passphraseFile != null) {
                passphrase = input.fromFile(passphraseFile);
                repeated = passphrase.clone();
            } else {
                passphrase = input.typed(m.get("backup.passphrase.prompt", services.backups().passphraseMinLength()));
                repeated = input.typed(m.get("backup.passphrase.repeat"));
            }
            boolean change = services.backups().hasBackupPassphrase();
            Outcome<Void> outcome = services.backups().setBackupPassphrase(granted.actor(), passphrase, repeated);
            if (outcome.isDone()) {
                console.out().println(m.get(change ? "backup.passphrase.changed" : "backup.passphrase.set"));
                return VigilCommand.OK;
            }
            console.err().println(m.notDone(outcome));
            return VigilCommand.FAILED;
        } catch (PassphraseInput.Unavailable e) {
            console.err().println(e.getMessage());
            return VigilCommand.FAILED;
        } finally {
            for (char[] secret : new char[][] {password, passphrase, repeated}) {
                if (secret != null) {
                    Arrays.fill(secret, '\0');
                }
            }
        }
    }
}
