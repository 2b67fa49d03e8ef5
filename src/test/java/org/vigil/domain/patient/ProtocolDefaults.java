package org.vigil.domain.patient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.vigil.domain.SettingValue;
import org.vigil.domain.Settings;

/**
 * The settings exactly as the migrations seed them, read from the SQL files on the classpath,
 * so domain tests run on the real defaults and fail when a default is missing.
 */
public final class ProtocolDefaults {

    /** Every migration, in version order, so a setting added by a later one is here without listing it. */
    private static final List<String> MIGRATIONS = migrations();
    private static final Pattern DEFAULT = Pattern.compile("^\\s*\\('([A-Za-z0-9.]+)', '([^']*)'\\),?\\s*$", Pattern.MULTILINE);

    private ProtocolDefaults() {}

    public static Settings settings() {
        return with(Map.of());
    }

    /** The defaults with some values changed, as a manager might set them. */
    public static Settings with(Map<String, String> changes) {
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

    public static Settings with(String key, String value) {
        return with(Map.of(key, value));
    }

    private static SettingValue value(String key, String value) {
        return new SettingValue(key, 1, value, Instant.EPOCH, null, "test");
    }

    private static List<String> migrations() {
        try (Stream<Path> files = Files.list(Path.of(ProtocolDefaults.class.getResource("/db/migration").toURI()))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))))
                    .map(n -> "/db/migration/" + n).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = ProtocolDefaults.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
