package nl.codewerk.agreement;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Random presence counts for 2-4 coders, 0-12 units per pattern, often with empty patterns. */
final class RandomPresenceCounts {

    private RandomPresenceCounts() {
    }

    static Arbitrary<PresenceCounts> forTwoToFourCoders() {
        return Arbitraries.integers().between(2, 4).flatMap(m -> Arbitraries.integers().between(-6, 12)
                .list().ofSize(1 << m).map(list -> {
                    long[] patterns = list.stream().mapToLong(x -> Math.max(0, x)).toArray();
                    List<String> coders = new ArrayList<>();
                    for (int i = 0; i < m; i++) {
                        coders.add("coder" + i);
                    }
                    return PresenceCounts.of(coders, patterns);
                }));
    }
}
