package dev.plimsoll.runner.promote;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Says exactly which tags went where: a line per tag, then one per registry. */
public final class PromotionReport {

    private PromotionReport() {}

    /** The lines for stdout; a refusal is not among them (it goes to stderr as the command's error). */
    public static void print(PrintWriter out, Promotion promotion) {
        promotion.commands().forEach(out::println);
        for (Promotion.Pushed pushed : promotion.pushed()) {
            out.println("pushed " + pushed.target().reference() + " " + pushed.digest());
        }
        for (Promotion.NotPushed missed : promotion.notPushed()) {
            out.println("not pushed " + missed.target().reference() + ": " + missed.reason());
        }
        if (!promotion.commands().isEmpty()) {
            out.println("dry run: nothing was tagged or pushed");
            return;
        }
        Map<String, int[]> perRegistry = new LinkedHashMap<>();
        promotion.registries().forEach(registry -> perRegistry.put(registry, new int[2]));
        promotion.pushed().forEach(p -> count(perRegistry, p.target())[0]++);
        promotion.notPushed().forEach(n -> count(perRegistry, n.target())[1]++);
        perRegistry.forEach((registry, counts) ->
                out.println(registry + ": " + counts[0] + " of " + (counts[0] + counts[1]) + " tags pushed"));
    }

    private static int[] count(Map<String, int[]> perRegistry, Target target) {
        return perRegistry.computeIfAbsent(target.registry(), r -> new int[2]);
    }

    /** For JUnit XML: {@code name=value} pairs, one per tag. */
    public static List<Map.Entry<String, String>> properties(Promotion promotion) {
        List<Map.Entry<String, String>> properties = new ArrayList<>();
        promotion.commands().forEach(c -> properties.add(Map.entry("plimsoll.promote.dry-run", c)));
        promotion
                .pushed()
                .forEach(p ->
                        properties.add(Map.entry("plimsoll.promoted", p.target().reference() + "@" + p.digest())));
        promotion
                .notPushed()
                .forEach(n -> properties.add(
                        Map.entry("plimsoll.not-promoted", n.target().reference() + ": " + n.reason())));
        promotion.refusal().ifPresent(r -> properties.add(Map.entry("plimsoll.not-promoted", r)));
        return properties;
    }
}
