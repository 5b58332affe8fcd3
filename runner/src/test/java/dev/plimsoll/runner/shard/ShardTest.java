package dev.plimsoll.runner.shard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShardTest {

    private static final List<String> PATHS = List.of(
            "specs/redis/redis.contract",
            "specs/greeter/greeter.contract",
            "specs/nginx/nginx.contract",
            "specs/base/base.contract",
            "specs/postgres/postgres.contract",
            "specs/counter/counter.contract",
            "specs/broken/runs-as-root/runs-as-root.contract");

    @Test
    void everyContractIsInExactlyOnePartForAnyNumberOfParts() {
        for (int count = 1; count <= PATHS.size() + 2; count++) {
            List<String> all = new ArrayList<>();
            for (int index = 1; index <= count; index++) {
                all.addAll(new Shard(index, count).select(PATHS, Timings.none()));
            }
            assertThat(all).as("%d parts", count).containsExactlyInAnyOrderElementsOf(PATHS);
        }
    }

    @Test
    void withoutTimingsThePartsDifferInSizeByAtMostOne() {
        assertThat(new Shard(1, 3).select(PATHS, Timings.none())).hasSize(3);
        assertThat(new Shard(2, 3).select(PATHS, Timings.none())).hasSize(2);
        assertThat(new Shard(3, 3).select(PATHS, Timings.none())).hasSize(2);
    }

    @Test
    void theSplitDependsOnThePathsNotOnTheOrderTheyCameIn() {
        List<String> shuffled = new ArrayList<>(PATHS);
        Collections.reverse(shuffled);

        assertThat(new Shard(2, 3).select(shuffled, Timings.none()))
                .isEqualTo(new Shard(2, 3).select(PATHS, Timings.none()))
                .containsExactly("specs/broken/runs-as-root/runs-as-root.contract", "specs/nginx/nginx.contract");
    }

    @Test
    void timingsPutTheLongContractAloneAndTheShortOnesTogether() {
        Timings timings = Timings.of(Map.of("a.contract", 30.0, "b.contract", 10.0, "c.contract", 9.0));
        List<String> paths = List.of("a.contract", "b.contract", "c.contract", "d.contract");

        // d is unknown and counts as the median, 10 s: a | b + c + d would be 30 | 29
        assertThat(new Shard(1, 2).select(paths, timings)).containsExactly("a.contract");
        assertThat(new Shard(2, 2).select(paths, timings)).containsExactly("b.contract", "c.contract", "d.contract");
    }

    @Test
    void withTimingsEveryContractIsStillInExactlyOnePart() {
        Timings timings = Timings.of(Map.of(PATHS.get(0), 12.5, PATHS.get(3), 0.4, PATHS.get(4), 7.0));
        for (int count = 1; count <= 4; count++) {
            List<String> all = new ArrayList<>();
            for (int index = 1; index <= count; index++) {
                all.addAll(new Shard(index, count).select(PATHS, timings));
            }
            assertThat(all).as("%d parts", count).containsExactlyInAnyOrderElementsOf(PATHS);
        }
    }

    @Test
    void parsesKOfNAndRejectsWhatIsNot() {
        assertThat(Shard.parse("2/3")).contains(new Shard(2, 3));
        assertThat(Shard.parse(" 1/1 ")).contains(new Shard(1, 1));
        assertThat(Shard.parse("0/3")).isEmpty();
        assertThat(Shard.parse("4/3")).isEmpty();
        assertThat(Shard.parse("1/0")).isEmpty();
        assertThat(Shard.parse("one/3")).isEmpty();
        assertThat(Shard.parse("2")).isEmpty();
    }
}
