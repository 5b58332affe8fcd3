package dev.plimsoll.runner;

import dev.plimsoll.engine.docker.ImageName;
import dev.plimsoll.runner.promote.Promotion;
import dev.plimsoll.runner.promote.PromotionOrder;
import dev.plimsoll.runner.promote.PromotionReport;
import dev.plimsoll.runner.promote.Tags;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "promote",
        versionProvider = VersionProvider.class,
        description = "Tag a local image with its version aliases and push them, e.g. "
                + "promote acme/greeter:ci --version 1.2.3 --semver --latest --registry ghcr.io/acme.")
final class PromoteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Parameters(index = "0", paramLabel = "IMAGE", description = "The local image, e.g. acme/greeter:ci.")
    String image = "";

    @Mixin
    PromoteOptions promote;

    @Mixin
    OutputOptions output;

    @Mixin
    DockerOptions docker;

    private final Wiring wiring;

    PromoteCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        output.applyLogLevel();
        Optional<ImageName> name = ImageName.parse(image);
        if (name.isEmpty()) {
            throw usage("'" + image + "' is not an image name Docker accepts (e.g. acme/greeter:ci)");
        }
        Tags.Computed tags = promote.tagList();
        if (tags instanceof Tags.Refused refused) {
            throw usage(refused.reason());
        }
        PromotionOrder order =
                new PromotionOrder(image, promote.targets(name.get(), ((Tags.Listed) tags).tags()), promote.dryRun);
        Promotion promotion = wiring.docker().promote(order, docker.host());
        return report(promotion, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Prints what happened and returns the exit code: a refusal is 2, a push that failed is its own code. */
    static int report(Promotion promotion, PrintWriter out, PrintWriter err) {
        PromotionReport.print(out, promotion);
        if (promotion.refusal().isPresent()) {
            err.println("plimsoll: " + promotion.refusal().get());
            return ExitCode.USAGE.code;
        }
        if (!promotion.notPushed().isEmpty()) {
            err.println("plimsoll: " + promotion.notPushed().get(0).reason());
            return ExitCode.PUSH_FAILED.code;
        }
        return ExitCode.OK.code;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
