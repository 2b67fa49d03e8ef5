package org.vigil.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Choices that belong to this workstation rather than to the clinic's records, such as the
 * language of the login screen. Not clinical, so not audited.
 */
public final class WorkstationPreferences {

    private static final Logger log = LoggerFactory.getLogger(WorkstationPreferences.class);
    private static final String FILE = "workstation.properties";
    private static final String LANGUAGE = "language";

    private final Path file;

    public WorkstationPreferences(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    /** The language chosen last here, or the given default. */
    public Locale language(Locale fallback) {
        String tag = load().getProperty(LANGUAGE);
        return tag == null ? fallback : Locale.forLanguageTag(tag);
    }

    public void setLanguage(Locale locale) {
        Properties p = load();
        p.setProperty(LANGUAGE, locale.toLanguageTag());
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(FILE + ".partial");
            try (OutputStream out = Files.newOutputStream(partial)) {
                p.store(out, "Vigil workstation preferences");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A language that does not stick is an annoyance, not a clinical fault: log and go on.
            log.warn("Could not save workstation preferences to {}", file, e);
        }
    }

    private Properties load() {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException e) {
                log.warn("Could not read workstation preferences from {}", file, e);
            }
        }
        return p;
    }
}
