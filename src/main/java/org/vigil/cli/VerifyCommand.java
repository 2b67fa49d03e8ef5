package org.vigil.cli;

import java.util.concurrent.Callable;
import org.vigil.domain.ChainVerdict;
import org.vigil.service.Backups;
import org.vigil.service.Integrity;
import org.vigil.service.TightenedPermission;
import org.vigil.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `vigil verify`: exit 0 when the audit chain and every table are intact (SIG-4). */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check the audit chain end to end (against recorded checkpoints) and read every table. "
                + "Exit 0 when intact; 1 and the first bad event when not.")
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Option(names = "--repair", description = "Put back protections of the records found missing (Vigil closed), "
            + "record the repair, then verify. Records changed while they were missing stay listed.")
    boolean repair;

    @picocli.CommandLine.Option(names = "--head", paramLabel = "SEQ:HASH",
            description = "A chain head printed on a report or kept elsewhere (repeatable): the chain must still reach it with that hash.")
    java.util.List<String> heads = java.util.List.of();

    @Override
    public Integer call() {
        Console console = Console.of(spec);
        Messages m = console.messages();
        java.util.List<org.vigil.domain.ChainCheckpoint> printed = new java.util.ArrayList<>();
        for (String head : heads) {
            java.util.regex.Matcher parts = java.util.regex.Pattern.compile("([0-9]{1,18}):([0-9a-f]{64})").matcher(head.strip());
            if (!parts.matches()) {
                return console.wrong(m.get("verify.headFormat", head));
            }
            printed.add(new org.vigil.domain.ChainCheckpoint(Long.parseLong(parts.group(1)), parts.group(2), console.root().clock().instant(),
                    "printed head"));
        }
        return console.onDataFolder(services -> {
            // Issue 14: the opening closed what it found open to other accounts; the administrator must know.
            if (!services.tightenedPermissions().isEmpty()) {
                console.err().println(m.get("permissions.tightened", services.tightenedPermissions().size(), services.dataDir()));
                for (TightenedPermission t : services.tightenedPermissions()) {
                    console.err().println("  " + m.get("permissions.tightened.item", t.path(), t.found()));
                }
            }
            if (repair) {
                services.integrity().repairProtections(console.root().operator());
            }
            Integrity.Report report = services.integrity().verify(console.root().operator(), printed);
            ChainVerdict chain = report.chain();
            console.out().println(m.get("verify.events", chain.eventsChecked(), chain.head()));
            console.out().println(m.get("verify.tables", report.tablesChecked()));
            console.out().println(m.get("verify.signatures", report.signaturesChecked()));
            console.out().println(m.get("verify.rows", report.rowsChecked()));
            console.out().println(m.get("verify.backupHeads", report.backupHeads().backupsCompared()));
            for (java.nio.file.Path unread : report.backupHeads().unreadable()) {
                console.out().println(m.get("verify.backupUnreadable", unread));
            }
            if (report.intact()) {
                console.out().println(m.get("verify.intact", chain.head() + ":" + chain.headHash()));
                return VigilCommand.OK;
            }
            report.problems().forEach(problem -> console.err().println(m.refusal(problem)));
            if (!report.missingProtections().isEmpty()) {
                console.err().println(m.get("verify.repairHint"));
            }
            return VigilCommand.FAILED;
        });
    }
}
