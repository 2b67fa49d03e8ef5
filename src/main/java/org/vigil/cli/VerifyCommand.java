package org.vigil.cli;

import java.util.concurrent.Callable;
import org.vigil.domain.ChainVerdict;
import org.vigil.service.Backups;
import org.vigil.service.Integrity;
import org.vigil.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `vigil verify`: exit 0 when the audit chain and every table are intact (SIG-4). */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check the audit chain end to end (against recorded checkpoints) and read every table. "
                + "Exit 0 when intact; 1 and the first bad event when not.")
final class VerifyCommand implements Callable<Integer> {

    private static final String MEANING_KEY = "register.meaning.";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Console console = Console.of(spec);
        Messages m = console.messages();
        return console.onDataFolder(services -> {
            Integrity.Report report = services.integrity().verify(console.root().operator());
            ChainVerdict chain = report.chain();
            console.out().println(m.get("verify.events", chain.eventsChecked(), chain.head()));
            console.out().println(m.get("verify.tables", report.tablesChecked()));
            console.out().println(m.get("verify.signatures", report.signaturesChecked()));
            console.out().println(m.get("verify.backupHeads", report.backupHeads().backupsCompared()));
            for (java.nio.file.Path unread : report.backupHeads().unreadable()) {
                console.out().println(m.get("verify.backupUnreadable", unread));
            }
            if (report.intact()) {
                console.out().println(m.get("verify.intact", chain.head() + ":" + chain.headHash()));
                return VigilCommand.OK;
            }
            if (!chain.intact()) {
                console.err().println(m.get("verify.broken", chain.firstBadSeq(), m.get(chain.problem())));
            }
            for (String table : report.unreadableTables()) {
                console.err().println(m.get("verify.unreadable", table));
            }
            for (Integrity.BrokenSignature s : report.brokenSignatures()) {
                String meaning = MEANING_KEY + s.meaning(); // register.meaning.GIVEN …, one key per SignatureMeaning
                console.err().println(m.get("verify.signatureBroken", s.entryId(), m.get(meaning), s.signer()));
            }
            for (Backups.HeadConflict conflict : report.backupHeads().conflicts()) {
                console.err().println(m.get("verify.backupHeadConflict", conflict.file(), conflict.seq()));
            }
            return VigilCommand.FAILED;
        });
    }
}
