package org.vigil.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** Dates and enums in and out of columns, with SQL NULL for absent values. */
final class Rows {

    private Rows() {}

    static void setDate(PreparedStatement s, int index, LocalDate date) throws SQLException {
        if (date == null) {
            s.setNull(index, Types.DATE);
        } else {
            s.setObject(index, date);
        }
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static void setEnum(PreparedStatement s, int index, Enum<?> value) throws SQLException {
        s.setString(index, value == null ? null : value.name());
    }

    static <E extends Enum<E>> E enumOf(ResultSet rs, String column, Class<E> type) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }

    static PreparedStatement bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case null -> s.setObject(i + 1, null);
                case LocalDate d -> setDate(s, i + 1, d);
                case Enum<?> e -> setEnum(s, i + 1, e);
                case java.time.Instant instant -> Timestamps.set(s, i + 1, instant);
                default -> s.setObject(i + 1, args[i]);
            }
        }
        return s;
    }

    static long insert(java.sql.Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = bind(c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS), args)) {
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void update(java.sql.Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = bind(c.prepareStatement(sql), args)) {
            s.executeUpdate();
        }
    }
}
