package org.vigil.domain.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.domain.SettingValue;
import org.vigil.domain.Settings;

/**
 * The protocol exactly as the migrations seed it (V2 and V5), read from the SQL on the
 * classpath, so the session tests run on the real defaults and fail when one is missing.
 */
public final class SessionDefaults {

    private static final String[] MIGRATIONS = {"/db/migration/V2__settings_defaults.sql", "/db/migration/V5__session_settings.sql"};
    private static final Pattern DEFAULT = Pattern.compile("^\\s*\\('([A-Za-z0-9.]+)', '([^']*)'\\),?\\s*$", Pattern.MULTILINE);

    private SessionDefaults() {}

    public static Settings settings() {
        return settings(Map.of());
    }

    /** The defaults with some values changed, as a manager might set them. */
    public static Settings settings(Map<String, String> changes) {
        Map<String, SettingValue> values = new HashMap<>();
        for (String file : MIGRATIONS) {
            Matcher m = DEFAULT.matcher(read(file));
            while (m.find()) {
                values.put(m.group(1), value(m.group(1), m.group(2)));
            }
        }
        changes.forEach((k, v) -> {
            if (!values.containsKey(k)) {
                throw new IllegalArgumentException("no such setting in the migrations: " + k);
            }
            values.put(k, value(k, v));
        });
        return new Settings(values);
    }

    public static SessionProtocol protocol() {
        return SessionProtocol.from(settings());
    }

    public static SessionProtocol protocol(String key, String value) {
        return SessionProtocol.from(settings(Map.of(key, value)));
    }

    private static SettingValue value(String key, String value) {
        return new SettingValue(key, 1, value, Instant.EPOCH, null, "test");
    }

    private static String read(String resource) {
        try (InputStream in = SessionDefaults.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
