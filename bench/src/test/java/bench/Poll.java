package bench;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Retries every 0.2 s until the condition holds or the time is up. */
final class Poll {
    private Poll() {}

    static void until(Duration limit, Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                if (condition.call()) {
                    return;
                }
            } catch (Exception notYet) {
                // e.g. the connection was refused: try again
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + limit);
            }
            Thread.sleep(200);
        }
    }
}
