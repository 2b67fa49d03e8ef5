package org.vigil.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.domain.Outcome;
import org.vigil.domain.report.ClinicDayLog;
import org.vigil.domain.report.SessionReport;
import org.vigil.report.ClinicDayLogPdf;
import org.vigil.report.PrintedPdf;
import org.vigil.report.SessionReportPdf;
import org.vigil.service.Services;
import org.vigil.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `vigil report`: printed reports from the command line, so IT can schedule the day-close log.
 * Like `vigil register print` the commands need no login (whoever reads the data folder can read
 * the database file) and name the machine's user as the printer; each print is audited
 * (REPORT_PRINTED with the chain head, SIG-4). Exit 0 written; 1 refused; 2 a wrong option.
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Printed reports: a session's report, the day's log, the month's clinic report.",
        subcommands = {ReportCommand.SessionReportCommand.class, ReportCommand.DayReportCommand.class, MonthReportCommand.class})
final class ReportCommand {

    /** Options every report takes: the file and the language. */
    abstract static class Printing implements Callable<Integer> {

        private static final Logger log = LoggerFactory.getLogger(Printing.class);

        @Spec
        CommandSpec spec;

        // Checked here rather than by picocli, so a missing or wrong value is one line in the user's language, not a usage page.
        @Option(names = "--to", paramLabel = "FILE.pdf", description = "The PDF to write; it must not exist yet (required).")
        Path target;

        @Option(names = "--lang", paramLabel = "en|zh", description = "Language of the report (default: the machine's).")
        String language;

        /** What the command prints once the options are good; a line to say when they are not. */
        interface Job {
            Outcome<Written> print(Services services, String operator, Messages m);
        }

        /** A PDF made, and the line that says what it holds. */
        record Written(PrintedPdf pdf, String line) {}

        /** @return a wrong value as the line to print, checked before the data folder is opened */
        abstract Optional<String> problem(Messages m);

        abstract Job job();

        /** The file being written, for the line that says so. */
        Path file;

        /** A PDF made, with its line; or the refusal (a character the font lacks). */
        static Outcome<Written> written(Outcome<PrintedPdf> pdf, java.util.function.Function<PrintedPdf, String> line) {
            return pdf instanceof Outcome.Done<PrintedPdf> done ? Outcome.done(new Written(done.value(), line.apply(done.value())))
                    : pdf.notDone();
        }

        @Override
        public Integer call() {
            Console console = Console.of(spec);
            Optional<Locale> locale = language == null ? Optional.of(console.messages().locale()) : ReportFile.language(language);
            Messages m = locale.map(Messages::of).orElse(console.messages());
            if (locale.isEmpty()) {
                return console.wrong(m.get("print.register.cli.lang", language));
            }
            Optional<String> problem = problem(m);
            if (problem.isPresent()) {
                return console.wrong(problem.get());
            }
            if (target == null) {
                return console.wrong(m.get("report.session.cli.to"));
            }
            file = target.toAbsolutePath();
            Optional<String> unusable = ReportFile.unusable(file, m);
            if (unusable.isPresent()) {
                return console.wrong(unusable.get());
            }
            try {
                return console.onDataFolder(services -> {
                    Outcome<Written> made = job().print(services, console.root().operator(), m);
                    if (!(made instanceof Outcome.Done<Written> done)) {
                        console.err().println(m.notDone(made));
                        return VigilCommand.FAILED;
                    }
                    Optional<String> failed = ReportFile.write(file, done.value().pdf(), m);
                    if (failed.isPresent()) {
                        console.err().println(failed.get());
                        return VigilCommand.FAILED;
                    }
                    console.out().println(done.value().line());
                    return VigilCommand.OK;
                });
            } catch (RuntimeException e) {
                log.error("report failed", e);
                return console.fault(e);
            }
        }

    }

    @Command(name = "session", mixinStandardHelpOptions = true,
            description = "Print one session's report (dose, lots, signatures, every vital sign, the BP chart, the discharge gate) "
                    + "to a new PDF file. Exit 0 when written; 1 when refused; 2 for a wrong option.")
    static final class SessionReportCommand extends Printing {

        @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "The session's number, as the session screen shows it.")
        String id;

        private long sessionId;

        @Override
        Optional<String> problem(Messages m) {
            if (id == null) {
                return Optional.of(m.get("report.session.cli.idMissing"));
            }
            try {
                sessionId = Long.parseLong(id.strip());
            } catch (NumberFormatException e) {
                return Optional.of(m.get("report.session.cli.idNotNumber", id));
            }
            return sessionId > 0 ? Optional.empty() : Optional.of(m.get("report.session.cli.idNotNumber", id));
        }

        @Override
        Job job() {
            return (services, operator, m) -> {
                Outcome<SessionReport> read = services.sessionReports().session(operator, sessionId);
                if (!(read instanceof Outcome.Done<SessionReport> report)) {
                    return read.notDone();
                }
                return written(SessionReportPdf.render(report.value(), m.locale(), m::get),
                        pdf -> m.get("report.session.cli.written", file, pdf.pages(), String.valueOf(sessionId), head(report.value())));
            };
        }
    }

    @Command(name = "day", mixinStandardHelpOptions = true,
            description = "Print the daily clinic log of a day (every session with its key times and signatures) to a new PDF file; "
                    + "with --sessions, every session report of that day in one PDF instead. Exit 0 when written; 1 when refused; "
                    + "2 for a wrong option.")
    static final class DayReportCommand extends Printing {

        @Parameters(index = "0", arity = "0..1", paramLabel = "DATE", description = "The day, YYYY-MM-DD.")
        String day;

        @Option(names = "--sessions", description = "Print that day's session reports in one batch instead of the log.")
        boolean sessions;

        private LocalDate date;

        @Override
        Optional<String> problem(Messages m) {
            if (day == null) {
                return Optional.of(m.get("report.session.cli.dayMissing"));
            }
            Optional<LocalDate> parsed = ReportFile.date(day);
            parsed.ifPresent(d -> date = d);
            return parsed.isPresent() ? Optional.empty() : Optional.of(m.get("print.register.cli.date", day));
        }

        @Override
        Job job() {
            return sessions ? this::batch : this::log;
        }

        private Outcome<Written> log(Services services, String operator, Messages m) {
            Outcome<ClinicDayLog> read = services.sessionReports().dayLog(operator, date);
            if (!(read instanceof Outcome.Done<ClinicDayLog> log)) {
                return read.notDone();
            }
            return written(ClinicDayLogPdf.render(log.value(), m.locale(), m::get), pdf -> m.get("report.dayLog.cli.written", file,
                    pdf.pages(), log.value().rows().size(), log.value().heading().chainHead().seq() + ":"
                            + log.value().heading().chainHead().hash()));
        }

        private Outcome<Written> batch(Services services, String operator, Messages m) {
            Outcome<List<SessionReport>> read = services.sessionReports().day(operator, date);
            if (!(read instanceof Outcome.Done<List<SessionReport>> reports)) {
                return read.notDone();
            }
            return written(SessionReportPdf.render(reports.value(), m.locale(), m::get, SessionReportPdf.Progress.ALWAYS),
                    pdf -> m.get("report.session.cli.dayWritten", file, pdf.pages(), reports.value().size(), head(reports.value().getFirst())));
        }
    }

    private static String head(SessionReport report) {
        return report.heading().chainHead().seq() + ":" + report.heading().chainHead().hash();
    }
}
