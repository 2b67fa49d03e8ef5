package org.vigil.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The current value of every setting, as read at one moment. Domain rules take this as input
 * instead of holding numbers of their own.
 */
public record Settings(Map<String, SettingValue> current) {

    public Settings {
        current = Map.copyOf(current);
    }

    public String text(String key) {
        SettingValue value = current.get(key);
        if (value == null) {
            throw new NoSuchElementException("no setting " + key + " (missing migration?)");
        }
        return value.value();
    }

    public int integer(String key) {
        return Integer.parseInt(text(key));
    }

    public BigDecimal decimal(String key) {
        return new BigDecimal(text(key));
    }

    public List<Integer> integers(String key) {
        return Arrays.stream(text(key).split(",")).map(String::strip).map(Integer::parseInt).toList();
    }

    public int version(String key) {
        return current.get(key).version();
    }
}
