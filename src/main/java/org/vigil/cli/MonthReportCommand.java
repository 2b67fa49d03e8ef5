package org.vigil.cli;

import java.nio.file.Path;
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
        Optional<Locale> locale = language == null ? Optional.of(console.messages().locale()) : ReportFile.language(language);
        Messages m = locale.map(Messages::of).orElse(console.messages());
        if (locale.isEmpty()) {
            return console.wrong(m.get("print.register.cli.lang", language));
        }
        Optional<YearMonth> chosen = month == null ? Optional.empty() : month(month);
        if (chosen.isEmpty()) {
            return console.wrong(m.get("report.month.cli.month", month == null ? "" : month));
        }
        if (target == null) {
            return console.wrong(m.get("report.month.cli.to"));
        }
        Path file = target.toAbsolutePath();
        Optional<String> unusable = ReportFile.unusable(file, m);
        if (unusable.isPresent()) {
            return console.wrong(unusable.get());
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
            return console.fault(e);
        }
    }

    private static int write(Console console, Messages m, Path file, YearMonth month, PeriodReport report, PrintedPdf pdf) {
        Optional<String> failed = ReportFile.write(file, pdf, m);
        if (failed.isPresent()) {
            console.err().println(failed.get());
            return VigilCommand.FAILED;
        }
        console.out().println(m.get("report.month.cli.written", month.toString(), file, pdf.pages(), report.sessions().held(),
                report.chainHead().seq() + ":" + report.chainHead().hash()));
        return VigilCommand.OK;
    }



    private static Optional<YearMonth> month(String text) {
        try {
            return Optional.of(YearMonth.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

}
