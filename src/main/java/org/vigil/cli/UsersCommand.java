package org.vigil.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.domain.UserAccount;
import org.vigil.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `vigil users list`. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "User accounts.",
        subcommands = UsersCommand.ListUsers.class)
final class UsersCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every account with its roles and state.")
    static final class ListUsers implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Console console = Console.of(spec);
            PrintWriter out = console.out();
            Messages m = console.messages();
            return console.onDataFolder(services -> {
                List<UserAccount> accounts = services.users().listForOperator();
                out.printf("%-20s %-28s %-24s %-5s %s%n", m.get("users.col.username"), m.get("users.col.fullName"),
                        m.get("users.col.roles"), m.get("users.col.right"), m.get("users.col.state"));
                for (UserAccount u : accounts) {
                    String state = !u.active() ? m.get("users.state.inactive")
                            : u.lockedAt(services.clock().instant()) ? m.get("users.state.locked")
                            : u.mustChangePassword() ? m.get("users.state.awaitingPassword") : m.get("users.state.active");
                    out.printf("%-20s %-28s %-24s %-5s %s%n", u.username(), u.fullName(),
                            u.roles().stream().map(Enum::name).sorted().toList(), u.prescribingRight() ? m.get("yes") : m.get("no"), state);
                }
                return VigilCommand.OK;
            });
        }
    }
}
