package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * How instants and dates travel to and from columns. Instants are stored in
 * TIMESTAMP(6) WITH TIME ZONE columns, always as UTC, so the JVM's time zone never shifts a
 * clinical time; dates go as SQL DATE without passing through java.sql.Date. Both forms are
 * the JDBC 4.2 ones that H2 and PostgreSQL share.
 */
final class ColumnTypes {

    private ColumnTypes() {}

    /** The database keeps microseconds; truncating first makes what we hash equal what we read back. */
    static Instant stored(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** For row mappers on hot paths (a session's events are read with every action), which read the result set directly. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static void install(Jdbi jdbi) {
        jdbi.registerArgument(new AbstractArgumentFactory<Instant>(Types.TIMESTAMP_WITH_TIMEZONE) {
            @Override
            protected Argument build(Instant value, ConfigRegistry config) {
                return (position, statement, context) -> statement.setObject(position, stored(value).atOffset(ZoneOffset.UTC));
            }
        });
        jdbi.registerArgument(new AbstractArgumentFactory<LocalDate>(Types.DATE) {
            @Override
            protected Argument build(LocalDate value, ConfigRegistry config) {
                return (position, statement, context) -> statement.setObject(position, value);
            }
        });
        jdbi.registerColumnMapper(Instant.class, (rs, column, context) -> instant(rs, column));
        jdbi.registerColumnMapper(LocalDate.class, (rs, column, context) -> rs.getObject(column, LocalDate.class));
    }
}
