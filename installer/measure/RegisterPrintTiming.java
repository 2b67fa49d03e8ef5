import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.vigil.service.Services;

/**
 * Times the printed register (CD-7: read and audited, no PDF) for each period given, four runs
 * each, on a folder kept by `vigil benchmark --clinic-years N --keep DIR`. Give it a copy of the
 * folder: printing is audited, and a newer build upgrades the folder. Run against a build:
 *   javac -d /tmp/rpt -cp "target/vigil.jar:target/lib/*" installer/measure/RegisterPrintTiming.java
 *   java -cp "/tmp/rpt:target/vigil.jar:target/lib/*" RegisterPrintTiming COPY_OF_DIR 2026-11-01 2026-11-30 [FROM UNTIL]...
 */
public class RegisterPrintTiming {
    public static void main(String[] args) {
        try (Services services = Services.open(Path.of(args[0]), Clock.systemUTC())) {
            for (int p = 1; p + 1 < args.length; p += 2) {
                String[] period = {args[p], args[p + 1]};
                for (int run = 0; run < 4; run++) {
                    long start = System.nanoTime();
                    var out = services.registerPrinting().printout("timing", LocalDate.parse(period[0]), LocalDate.parse(period[1]));
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    int lines = out.value().sections().stream().mapToInt(s -> s.lines().size()).sum();
                    System.out.printf("%s..%s run %d: %d ms, %d lines%n", period[0], period[1], run, ms, lines);
                }
            }
        }
    }
}
