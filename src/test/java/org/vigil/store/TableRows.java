package org.vigil.store;

import java.lang.reflect.Field;
import java.util.regex.Pattern;
import org.vigil.service.Services;

/**
 * How many rows a table holds in an open clinic, read through the clinic's own database (a second
 * connection to the embedded file would be locked out). The fuzz suite counts rows before and
 * after a refused call: a refusal must store nothing.
 */
public final class TableRows {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_]+");

    private TableRows() {}

    public static long count(Services services, String table) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        return database(services).read(tx -> tx.handle().createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    private static Database database(Services services) {
        try {
            Field field = Services.class.getDeclaredField("database");
            field.setAccessible(true);
            return (Database) field.get(services);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Services keeps its database in a field named database", e);
        }
    }
}
