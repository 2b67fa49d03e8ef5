package org.vigil.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.vigil.domain.export.ExportColumn;
import org.vigil.domain.export.ExportSink;

/**
 * An export written as CSV (RFC 4180: CRLF line ends, a field with a comma, a quote or a line
 * break in quotes, quotes doubled), in UTF-8 with a byte-order mark, without which Excel opens
 * Chinese as mojibake. Rows go into a hidden file beside the target as they come; only
 * {@link #publish()} puts the file in place, so a failed or cancelled export leaves nothing
 * behind, and an existing file is never replaced.
 */
public final class CsvFile implements ExportSink, AutoCloseable {

    /** How far the export is; called on the exporting thread. */
    public interface Progress {
        void at(long done, long total);
    }

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Path target;
    private final Path partial;
    private final FileChannel channel;
    private final CSVPrinter printer;
    private final Function<String, String> words;
    private BooleanSupplier cancelled = () -> false;
    private Progress progress = (done, total) -> { };
    private boolean published;

    private CsvFile(Path target, Path partial, FileChannel channel, Function<String, String> words) {
        this.target = target;
        this.partial = partial;
        this.channel = channel;
        this.words = words;
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8),
                1 << 16);
        try {
            writer.write(BYTE_ORDER_MARK);
            this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts an export to {@code target} (which must not exist yet), in a hidden file in the same
     * folder, so the final step is a rename on one disk.
     *
     * @param words the header of each column in the reader's language, from its message key
     */
    public static CsvFile beside(Path target, Function<String, String> words) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new FileAlreadyExistsException(absolute.toString());
        }
        Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        try {
            return new CsvFile(absolute, partial, FileChannel.open(partial, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING),
                    words);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    public CsvFile cancelWhen(BooleanSupplier cancelled) {
        this.cancelled = cancelled;
        return this;
    }

    public CsvFile onProgress(Progress progress) {
        this.progress = progress;
        return this;
    }

    public Path target() {
        return target;
    }

    @Override
    public void header(List<ExportColumn> columns) {
        print(columns.stream().map(c -> words.apply(c.messageKey())).toList());
    }

    @Override
    public void row(List<String> values) {
        print(values.stream().map(CsvFile::inert).toList());
    }

    @Override
    public void progress(long done, long total) {
        progress.at(done, total);
    }

    @Override
    public boolean cancelled() {
        return cancelled.getAsBoolean();
    }

    /** Every row on the disk before the export is audited as written. */
    @Override
    public void complete() {
        try {
            printer.flush();
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts the finished file in place under its name. A hard link fails when the name is taken,
     * even by a file made a moment ago; where the disk has no links (FAT, some shares) a move
     * without replacing is the next best.
     */
    public void publish() throws IOException {
        printer.close();
        try {
            Files.createLink(target, partial);
            Files.delete(partial);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            if (e instanceof FileAlreadyExistsException taken) {
                throw taken;
            }
            Files.move(partial, target);
        }
        published = true;
    }

    /** Removes the hidden file of an export that was not published. */
    @Override
    public void close() throws IOException {
        try {
            printer.close();
        } finally {
            if (!published) {
                Files.deleteIfExists(partial);
            }
        }
    }

    private void print(List<String> values) {
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A typed text starting with "=", "+" or "@" would run as a formula when a spreadsheet opens
     * the file (CSV injection): a leading apostrophe makes it text. Numbers never start so here.
     */
    private static String inert(String value) {
        return !value.isEmpty() && "=+@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
