package org.vigil.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.vigil.text.Messages;

/**
 * A passphrase or password typed at the console without echo, or, for scripts, read from a file
 * only its owner can read: never an option's value, which would land in the shell's history and
 * in every process listing.
 */
final class PassphraseInput {

    /** Why no secret was read: the message is the one line to print. */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    private final Messages messages;

    PassphraseInput(Messages messages) {
        this.messages = messages;
    }

    /** The secret in the file: its first line, without the line end. */
    char[] fromFile(Path file) throws Unavailable {
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                if (permissions.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                    throw new Unavailable(messages.get("backup.passphrase.fileNotPrivate", file.toAbsolutePath()));
                }
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            return (line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).toCharArray();
        } catch (IOException | RuntimeException e) {
            throw new Unavailable(messages.get("backup.passphrase.fileUnreadable", file.toAbsolutePath()));
        }
    }

    /** Asks at the console without echo. */
    char[] typed(String prompt) throws Unavailable {
        Console console = System.console();
        if (console == null) {
            throw new Unavailable(messages.get("backup.passphrase.noConsole"));
        }
        char[] typed = console.readPassword("%s ", prompt);
        if (typed == null) {
            throw new Unavailable(messages.get("backup.passphrase.noConsole"));
        }
        return typed;
    }

    /** From the file when one is given, else typed. */
    char[] read(Path file, String prompt) throws Unavailable {
        return file != null ? fromFile(file) : typed(prompt);
    }
}
