package org.vigil.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.domain.Outcome;
import org.vigil.domain.register.RegisterPrintout;
import org.vigil.report.PrintedPdf;
import org.vigil.report.RegisterPdf;
import org.vigil.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `vigil register print`: the statutory controlled-drug register for a period, as a PDF (CD-7). */
@Command(name = "register", mixinStandardHelpOptions = true, description = "The controlled-drug register.",
        subcommands = RegisterCommand.Print.class)
final class RegisterCommand {

    @Command(name = "print", mixinStandardHelpOptions = true,
            description = "Print the statutory register for a period to a new PDF file, in the layout of the clinic's jurisdiction "
                    + "(setting cd.registerLayout). Exit 0 when written; 1 when refused; 2 for a wrong option.")
    static final class Print implements Callable<Integer> {

        private static final Logger log = LoggerFactory.getLogger(Print.class);

        @Spec
        CommandSpec spec;

        // Checked here rather than by picocli, so a missing or wrong value is one line in the user's language, not a usage page.
        @Option(names = "--from", paramLabel = "DATE", description = "First day of the period, YYYY-MM-DD (required).")
        String from;

        @Option(names = "--until", paramLabel = "DATE", description = "Last day of the period, YYYY-MM-DD (required).")
        String until;

        @Option(names = "--to", paramLabel = "FILE.pdf", description = "The PDF to write; it must not exist yet (required).")
        Path target;

        @Option(names = "--lang", paramLabel = "en|zh", description = "Language of the register (default: the machine's).")
        String language;

        @Override
        public Integer call() {
            Console console = Console.of(spec);
            Optional<Locale> locale = language == null ? Optional.of(console.messages().locale()) : ReportFile.language(language);
            Messages m = locale.map(Messages::of).orElse(console.messages());
            if (locale.isEmpty()) {
                return console.wrong(m.get("print.register.cli.lang", language));
            }
            if (from == null || until == null || target == null) {
                return console.wrong(m.get(target == null && from != null && until != null ? "print.register.cli.to" : "print.register.period.missing"));
            }
            Optional<LocalDate> first = ReportFile.date(from);
            Optional<LocalDate> last = ReportFile.date(until);
            if (first.isEmpty() || last.isEmpty()) {
                return console.wrong(m.get("print.register.cli.date", first.isEmpty() ? from : until));
            }
            Path file = target.toAbsolutePath();
            Optional<String> unusable = ReportFile.unusable(file, m, "print.register.cli.exists");
            if (unusable.isPresent()) {
                return console.wrong(unusable.get());
            }
            try {
                return console.onDataFolder(services -> {
                    Outcome<RegisterPrintout> read = services.registerPrinting().printout(console.root().operator(), first.get(), last.get());
                    if (!(read instanceof Outcome.Done<RegisterPrintout> printout)) {
                        console.err().println(m.notDone(read));
                        return VigilCommand.FAILED;
                    }
                    Outcome<PrintedPdf> pdf = RegisterPdf.render(printout.value(), m.locale(), m::get);
                    if (!(pdf instanceof Outcome.Done<PrintedPdf> done)) {
                        console.err().println(m.notDone(pdf));
                        return VigilCommand.FAILED;
                    }
                    return write(console, m, file, printout.value(), done.value());
                });
            } catch (RuntimeException e) {
                log.error("register print failed", e);
                return console.fault(e);
            }
        }

        private static int write(Console console, Messages m, Path file, RegisterPrintout printout, PrintedPdf pdf) {
            Optional<String> failed = ReportFile.write(file, pdf, m, "print.register.cli.exists");
            if (failed.isPresent()) {
                console.err().println(failed.get());
                return VigilCommand.FAILED;
            }
            int entries = printout.sections().stream().mapToInt(s -> s.lines().size()).sum();
            console.out().println(m.get("print.register.cli.written", file, pdf.pages(), entries,
                    printout.chainHead().seq() + ":" + printout.chainHead().hash()));
            return VigilCommand.OK;
        }




    }
}
