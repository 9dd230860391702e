package com.fieldwork.db.demo;

import com.fieldwork.db.Database;
import com.fieldwork.db.DatabaseConfig;
import com.fieldwork.db.config.FieldworkConfig;

import java.io.PrintStream;
import java.time.Clock;

/**
 * {@code ScaleDataMain [jdbcUrl|default] [count] [user] [password]}: opens (and migrates) the
 * database, loads the demo company if it is missing, then adds {@code count} work orders (default
 * 1,000,000). Without a URL, or with {@code default}, it uses the installation's own database from
 * {@link FieldworkConfig}. Progress goes to standard output because this is a console tool.
 */
public final class ScaleDataMain {

    static final int BAD_ARGUMENTS = 2;
    static final int FAILED = 1;

    private ScaleDataMain() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        DatabaseConfig config;
        int count;
        try {
            if (args.length > 4) {
                throw new IllegalArgumentException("too many arguments");
            }
            DatabaseConfig defaults = FieldworkConfig.load().database();
            String url = args.length > 0 && !args[0].equals("default") ? args[0] : defaults.url();
            count = args.length > 1 ? parseCount(args[1]) : ScaleData.DEFAULT_COUNT;
            String user = args.length > 2 ? args[2] : defaults.user();
            String password = args.length > 3 ? args[3] : defaults.password();
            config = new DatabaseConfig(url, user, password, 2);
        } catch (RuntimeException e) {
            err.println("scale: " + e.getMessage()
                    + " (usage: ScaleDataMain [jdbcUrl|default] [count] [user] [password])");
            return BAD_ARGUMENTS;
        }
        try (Database database = Database.open(config)) {
            Clock clock = Clock.systemUTC();
            if (!DemoCompany.isLoaded(database.dsl())) {
                out.println(DemoCompany.load(database.dsl(), clock, out::println));
            }
            ScaleData.Result result = ScaleData.generate(database.dsl(), clock, count, out::println);
            out.printf("scale: done, %d work orders, %d visits, %d status changes in %.1f s (%.0f work orders/s)%n",
                    result.workOrders(), result.visits(), result.statusChanges(),
                    result.elapsed().toMillis() / 1000.0, result.perSecond());
            return 0;
        } catch (RuntimeException e) {
            err.println("scale: failed: " + e.getMessage());
            return FAILED;
        }
    }

    private static int parseCount(String text) {
        try {
            int count = Integer.parseInt(text.replace("_", ""));
            if (count < 1) {
                throw new NumberFormatException();
            }
            return count;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("count must be a positive whole number, got '" + text + "'");
        }
    }
}
