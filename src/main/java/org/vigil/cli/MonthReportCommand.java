package org.vigil.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.domain.Outcome;
import org.vigil.domain.report.PeriodReport;
import org.vigil.report.PeriodReportPdf;
import org.vigil.report.PrintedPdf;
import org.vigil.text.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `vigil report month YYYY-MM --to FILE.pdf`: the manager's clinic report for a calendar month, as
 * the Reports screen prints it, so IT can schedule it after the month closes. Like `vigil register
 * print` it needs no login (whoever reads the data folder reads the database) and names the
 * machine's user; the print is audited with the chain head it carries (SIG-4).
 */
@Command(name = "month", mixinStandardHelpOptions = true,
        description = "Write the clinic report for a month to a new PDF file. Exit 0 when written; 1 when refused; 2 for a wrong option.")
final class MonthReportCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(MonthReportCommand.class);

    @Spec
    CommandSpec spec;

    // Checked here rather than by picocli, so a wrong value is one line in the user's language, not a usage page.
    @Parameters(index = "0", arity = "0..1", paramLabel = "YYYY-MM", description = "The month, e.g. 2026-11.")
    String month;

    @Option(names = "--to", paramLabel = "FILE.pdf", description = "The PDF to write; it must not exist yet (required).")
    Path target;

    @Option(names = "--lang", paramLabel = "en|zh", description = "Language of the report (default: the machine's).")
    String language;

    @Override
    public Integer call() {
        Console console = Console.of(spec);
        Optional<Locale> locale = language == null ? Optional.of(console.messages().locale()) : chosen(language);
        Messages m = locale.map(Messages::of).orElse(console.messages());
        if (locale.isEmpty()) {
            return wrong(console, m.get("print.register.cli.lang", language));
        }
        Optional<YearMonth> chosen = month == null ? Optional.empty() : month(month);
        if (chosen.isEmpty()) {
            return wrong(console, m.get("report.month.cli.month", month == null ? "" : month));
        }
        if (target == null) {
            return wrong(console, m.get("report.month.cli.to"));
        }
        Path file = target.toAbsolutePath();
        Optional<String> unusable = unusable(file, m);
        if (unusable.isPresent()) {
            return wrong(console, unusable.get());
        }
        YearMonth ym = chosen.get();
        try {
            return console.onDataFolder(services -> {
                Outcome<PeriodReport> read = services.clinicReports().printout(console.root().operator(), ym.atDay(1), ym.atEndOfMonth());
                if (!(read instanceof Outcome.Done<PeriodReport> report)) {
                    console.err().println(m.notDone(read));
                    return VigilCommand.FAILED;
                }
                Outcome<PrintedPdf> pdf = PeriodReportPdf.render(report.value(), m.locale(), m::get);
                if (!(pdf instanceof Outcome.Done<PrintedPdf> done)) {
                    console.err().println(m.notDone(pdf));
                    return VigilCommand.FAILED;
                }
                return write(console, m, file, ym, report.value(), done.value());
            });
        } catch (RuntimeException e) {
            log.error("report month failed", e);
            console.err().println(m.get("error.unexpected"));
            return VigilCommand.FAILED;
        }
    }

    private static int write(Console console, Messages m, Path file, YearMonth month, PeriodReport report, PrintedPdf pdf) {
        try {
            // CREATE_NEW: a report printed earlier is a record of its own and is never overwritten, even by a race.
            Files.write(file, pdf.bytes(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            console.err().println(m.get("report.month.cli.exists", file));
            return VigilCommand.FAILED;
        } catch (IOException e) {
            log.error("Could not write {}", file, e);
            console.err().println(m.get("print.register.cli.writeFailed", file, e.getMessage()));
            return VigilCommand.FAILED;
        }
        console.out().println(m.get("report.month.cli.written", month.toString(), file, pdf.pages(), report.sessions().held(),
                report.chainHead().seq() + ":" + report.chainHead().hash()));
        return VigilCommand.OK;
    }

    /** Why the file cannot be written, said before the data folder is opened. */
    private static Optional<String> unusable(Path file, Messages m) {
        if (Files.exists(file)) {
            return Optional.of(m.get("report.month.cli.exists", file));
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.of(m.get("print.register.cli.noFolder", folder));
        }
        if (!Files.isWritable(folder)) {
            return Optional.of(m.get("print.register.cli.notWritable", folder));
        }
        return Optional.empty();
    }

    private static Optional<Locale> chosen(String language) {
        return switch (language.strip().toLowerCase(Locale.ROOT)) {
            case "en" -> Optional.of(Locale.ENGLISH);
            case "zh" -> Optional.of(Messages.CHINESE);
            default -> Optional.empty();
        };
    }

    private static Optional<YearMonth> month(String text) {
        try {
            return Optional.of(YearMonth.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static int wrong(Console console, String line) {
        console.err().println(line);
        return CommandLine.ExitCode.USAGE;
    }
}
