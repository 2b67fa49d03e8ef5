package org.vigil.cli;

import picocli.CommandLine.Command;

/**
 * `vigil report …`: printed reports from the command line, so IT can schedule them (issue 13,
 * item 8). Issue 13 merge: the day and session reports join {@code subcommands} here.
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Printed reports.",
        subcommands = MonthReportCommand.class)
final class ReportCommand {
}
