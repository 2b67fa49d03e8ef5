package org.vigil.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.domain.Outcome;
import org.vigil.domain.export.ExportKind;
import org.vigil.domain.export.ExportRequest;
import org.vigil.domain.export.ExportSummary;
import org.vigil.report.CsvFile;
import org.vigil.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `vigil export sessions|readings|register|audit`: a period's records as CSV (EXP-1), so IT can
 * schedule it. Like `vigil register print` it needs no login (whoever reads the data folder can
 * read the database) and the export is audited under the machine's user name.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a period's sessions, readings, register entries or audit events to a new CSV file (UTF-8 with a "
                + "byte-order mark, RFC 4180). Exit 0 when written; 1 when refused or the file could not be written; 2 for a wrong option.")
final class ExportCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ExportCommand.class);

    @Spec
    CommandSpec spec;

    // Checked here rather than by picocli, so a missing or wrong value is one line in the user's language, not a usage page.
    @Parameters(index = "0", arity = "0..1", paramLabel = "sessions|readings|register|audit", description = "What to export.")
    String kind;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the period, YYYY-MM-DD (required).")
    String from;

    @Option(names = "--until", paramLabel = "DATE", description = "Last day of the period, YYYY-MM-DD (required).")
    String until;

    @Option(names = "--to", paramLabel = "FILE.csv", description = "The CSV file to write; it must not exist yet (required).")
    Path target;

    @Option(names = "--deidentified", description = "Leave out names, ID numbers, MRNs, dates of birth, staff names and typed reasons; "
            + "show an age group and keys that hold for this file only.")
    boolean deidentified;

    @Option(names = "--lang", paramLabel = "en|zh", description = "Language of the column headers and messages (default: the machine's).")
    String language;

    @Override
    public Integer call() {
        Console console = Console.of(spec);
        Optional<Locale> locale = language == null ? Optional.of(console.messages().locale()) : ReportFile.language(language);
        Messages m = locale.map(Messages::of).orElse(console.messages());
        if (locale.isEmpty()) {
            return console.wrong(m.get("export.cli.lang", language));
        }
        Optional<ExportKind> what = kind(kind);
        if (what.isEmpty()) {
            return console.wrong(kind == null ? m.get("export.kind.missing") : m.get("export.cli.kind", kind));
        }
        if (from == null || until == null) {
            return console.wrong(m.get("export.period.missing"));
        }
        if (target == null) {
            return console.wrong(m.get("export.cli.to"));
        }
        Optional<LocalDate> first = ReportFile.date(from);
        Optional<LocalDate> last = ReportFile.date(until);
        if (first.isEmpty() || last.isEmpty()) {
            return console.wrong(m.get("export.cli.date", first.isEmpty() ? from : until));
        }
        if (first.get().isAfter(last.get())) {
            return console.wrong(m.get("export.period.reversed", first.get(), last.get()));
        }
        Path file = target.toAbsolutePath();
        Optional<String> unusable = ReportFile.unusable(file, m, "export.cli.exists");
        if (unusable.isPresent()) {
            return console.wrong(unusable.get());
        }
        ExportRequest request = new ExportRequest(what.get(), first.get(), last.get(), deidentified);
        try {
            return console.onDataFolder(services -> {
                try (CsvFile csv = CsvFile.beside(file, m::get)) {
                    Outcome<ExportSummary> outcome = services.exports().export(console.root().operator(), request, csv);
                    if (!(outcome instanceof Outcome.Done<ExportSummary> done)) {
                        console.err().println(m.notDone(outcome));
                        return VigilCommand.FAILED;
                    }
                    csv.publish();
                    ExportSummary summary = done.value();
                    console.out().println(m.get("export.cli.written", file, summary.rows(), summary.request().deidentified() ? 1 : 0,
                            summary.chainHead().seq() + ":" + summary.chainHead().hash()));
                    return VigilCommand.OK;
                } catch (FileAlreadyExistsException e) {
                    console.err().println(m.get("export.cli.exists", file));
                    return VigilCommand.FAILED;
                } catch (IOException | UncheckedIOException e) {
                    log.error("Could not write {}", file, e);
                    console.err().println(m.get("export.cli.writeFailed", file, e.getMessage()));
                    return VigilCommand.FAILED;
                }
            });
        } catch (RuntimeException e) {
            log.error("export failed", e);
            return console.fault(e);
        }
    }


    private static Optional<ExportKind> kind(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "sessions" -> Optional.of(ExportKind.SESSIONS);
            case "readings" -> Optional.of(ExportKind.READINGS);
            case "register" -> Optional.of(ExportKind.REGISTER);
            case "audit" -> Optional.of(ExportKind.AUDIT);
            default -> Optional.empty();
        };
    }



}
