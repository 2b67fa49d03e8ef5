package org.vigil.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.report.PrintedPdf;
import org.vigil.text.Messages;

/**
 * The new file a report or export command writes, and the option values every such command reads
 * the same way: a printed report is a record of its own, so the file must not exist yet and is
 * created new (never overwritten, even by a race); a date is YYYY-MM-DD; the language en or zh.
 */
final class ReportFile {

    private static final Logger log = LoggerFactory.getLogger(ReportFile.class);

    private ReportFile() {}

    /** Why the file cannot be written, said before the data folder is opened. */
    static Optional<String> unusable(Path file, Messages m) {
        return unusable(file, m, "report.session.cli.exists");
    }

    /** @param existsKey what to say of a file that exists: each kind of record says why it is never overwritten */
    static Optional<String> unusable(Path file, Messages m, String existsKey) {
        if (Files.exists(file)) {
            return Optional.of(m.get(existsKey, file));
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

    /** @return the line to print when it could not be written; empty when written */
    static Optional<String> write(Path file, PrintedPdf pdf, Messages m) {
        return write(file, pdf, m, "report.session.cli.exists");
    }

    /** @param existsKey what to say when another program made the file since it was checked */
    static Optional<String> write(Path file, PrintedPdf pdf, Messages m, String existsKey) {
        try {
            Files.write(file, pdf.bytes(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return Optional.empty();
        } catch (FileAlreadyExistsException e) {
            return Optional.of(m.get(existsKey, file));
        } catch (IOException e) {
            log.error("Could not write {}", file, e);
            return Optional.of(m.get("print.register.cli.writeFailed", file, e.getMessage()));
        }
    }

    static Optional<Locale> language(String language) {
        return switch (language.strip().toLowerCase(Locale.ROOT)) {
            case "en" -> Optional.of(Locale.ENGLISH);
            case "zh" -> Optional.of(Messages.CHINESE);
            default -> Optional.empty();
        };
    }

    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
