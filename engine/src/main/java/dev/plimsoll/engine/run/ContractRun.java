package dev.plimsoll.engine.run;

import dev.plimsoll.engine.Deadlines;
import dev.plimsoll.engine.descriptor.ContractLocation;
import dev.plimsoll.engine.docker.ContainerSpec;
import dev.plimsoll.engine.docker.Docker;
import dev.plimsoll.engine.docker.FileEntry;
import dev.plimsoll.engine.docker.ImageAccounts;
import dev.plimsoll.engine.docker.ImageInfo;
import dev.plimsoll.engine.plan.FileExpectation;
import dev.plimsoll.engine.plan.Resolver;
import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.Defaults;
import dev.plimsoll.grammar.ast.Duration;
import dev.plimsoll.grammar.ast.FileCheck;
import dev.plimsoll.grammar.ast.ScenarioInstance;
import dev.plimsoll.grammar.ast.Subject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One contract being run: its image is ready, its deadlines and variables are settled. */
public final class ContractRun implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ContractRun.class);

    /** Archive reads of one contract's files at once: enough to overlap Docker's latency. */
    private static final int READS_AT_ONCE = 4;

    private final RunServices services;
    private final Contract contract;
    private final ContractLocation location;
    private final String imageId;
    private final Deadlines deadlines;
    private @Nullable String inspectionContainer;
    private final ImageInfo image;
    private @Nullable ImageAccounts accounts;
    private @Nullable ImageFiles files;
    private @Nullable ExecutorService reads;
    private final Object accountsLock = new Object();
    private final Map<String, List<String>> exposed = new HashMap<>();
    private final ScenariosAhead scenarios;

    private ContractRun(RunServices services, ContractPlan plan, ImageInfo image) {
        this.services = services;
        this.contract = plan.contract();
        this.location = plan.location();
        this.imageId = image.id();
        this.image = image;
        this.deadlines = withFileDefaults(services.deadlines(), contract.defaults());
        this.scenarios = new ScenariosAhead(
                this,
                services.prepareAhead() ? plan.scenarios() : List.of(),
                services.ahead(),
                services::prepareNextContract);
    }

    /**
     * Builds or finds the contract's image; a failure says why (build log tail, missing image). Then its first
     * scenario is prepared in the background (see {@link ScenariosAhead}), while image facts and file checks run.
     */
    static ContractRun prepare(RunServices services, ContractPlan plan) {
        ImageInfo image = new SubjectImages(services.docker(), plan.location())
                .inspected(plan.contract().subject().orElseThrow(), services.variables());
        ContractRun run = new ContractRun(services, plan, image);
        run.readFilesAhead(plan.files());
        run.scenarios.prepareNext();
        return run;
    }

    /**
     * Starts a scenario: its containers prepared ahead or now (see {@link ScenariosAhead}), then its subject. {@code
     * events} hears of each container's moments.
     */
    public ScenarioRun startScenario(ScenarioInstance instance, ContainerEvents events) {
        return scenarios.start(instance, events);
    }

    public Docker docker() {
        return services.docker();
    }

    public RunServices services() {
        return services;
    }

    public Contract contract() {
        return contract;
    }

    public ContractLocation location() {
        return location;
    }

    public String imageId() {
        return imageId;
    }

    /** The image's metadata, read once, when it was found or built: the image does not change during a run. */
    public ImageInfo image() {
        return image;
    }

    /**
     * The subject's image for one scenario instance: the contract's own, unless the subject names a variable that the
     * instance's matrix binds (`image "app:${TAG}"`, a build arg), then the image for those values.
     */
    public String imageFor(ScenarioInstance instance, Variables scenarioVariables) {
        Subject subject = contract.subject().orElseThrow();
        boolean bound = Subjects.variables(subject).stream().anyMatch(instance.bindings()::containsKey);
        return bound ? images().prepare(subject, scenarioVariables) : imageId;
    }

    /**
     * The ports an image exposes, like {@code 8080/tcp}; each image is inspected once per contract, not once per
     * scenario: images do not change during a run (a rebuild is a new id).
     */
    public List<String> exposedPorts(String image) {
        if (image.equals(imageId)) {
            return image().exposedPorts();
        }
        synchronized (exposed) {
            return exposed.computeIfAbsent(image, other -> docker().inspectImage(other)
                    .map(ImageInfo::exposedPorts)
                    .orElse(List.of()));
        }
    }

    public Deadlines deadlines() {
        return deadlines;
    }

    public Variables variables() {
        return services.variables();
    }

    /**
     * A container of the image that is created and never started, shared by the contract's file checks: the archive
     * API reads its filesystem, so images without a shell work too.
     */
    public synchronized String inspectionContainer() {
        if (inspectionContainer == null) {
            inspectionContainer = docker().create(ContainerSpec.builder(imageId)
                    .labels(docker().runLabels())
                    .build());
        }
        return inspectionContainer;
    }

    /** The entry at {@code path} in the image and everything below it, read once per contract (see {@link ImageFiles}). */
    public List<FileEntry> imageFile(String path) {
        return imageFiles().read(path);
    }

    private synchronized ImageFiles imageFiles() {
        if (files == null) {
            files = new ImageFiles(docker(), inspectionContainer());
        }
        return files;
    }

    /** The image's users and groups, read once from the inspection container. */
    public ImageAccounts accounts() {
        synchronized (accountsLock) { // not this: a read ahead of them must not hold up the file checks
            if (accounts == null) {
                accounts = docker().accounts(inspectionContainer());
            }
            return accounts;
        }
    }

    /**
     * Begins reading what the contract's file checks will ask for, several reads at once: their paths, and the
     * account tables when one names an owner (one read after another, the greeter's four checks took 0.27 s).
     */
    private void readFilesAhead(List<FileCheck> files) {
        List<FileExpectation> checks;
        try {
            Resolver resolver = new Resolver(variables());
            checks = files.stream().map(resolver::file).toList();
        } catch (RuntimeException e) {
            return; // each check tells its own problem when it runs
        }
        if (checks.isEmpty()) {
            return;
        }
        try {
            ExecutorService pool = readPool();
            imageFiles().readAhead(checks.stream().map(FileExpectation::path).toList(), pool);
            if (checks.stream().anyMatch(FileExpectation::namesOwner)) {
                pool.submit(this::accounts); // a failure is told by the check that asks again
            }
        } catch (RuntimeException e) {
            // no inspection container: the file checks try again, and each says why it cannot
        }
    }

    private static void awaitReads(ExecutorService reads) {
        try {
            if (!reads.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("reading the image's files took over a minute; removing its inspection container anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized ExecutorService readPool() {
        if (reads == null) {
            reads = Executors.newFixedThreadPool(READS_AT_ONCE, runnable -> {
                Thread thread = new Thread(runnable, "plimsoll-read");
                thread.setDaemon(true);
                return thread;
            });
        }
        return reads;
    }

    /** Removes what was prepared for scenarios that did not run, and the inspection container. */
    @Override
    public void close() {
        scenarios.close(); // first, and without this lock: a preparation in flight may need it
        synchronized (this) {
            if (reads != null) {
                reads.shutdown();
                awaitReads(reads); // a read in flight keeps the container's volumes in use: it ends first
            }
            if (inspectionContainer != null) {
                docker().remove(inspectionContainer);
                inspectionContainer = null;
            }
        }
    }

    SubjectImages images() {
        return new SubjectImages(docker(), location);
    }

    private static Deadlines withFileDefaults(Deadlines configured, Optional<Defaults> defaults) {
        if (defaults.isEmpty()) {
            return configured;
        }
        Defaults d = defaults.get();
        return configured.withDefaults(
                d.waitTimeout().map(ContractRun::toJava).orElse(configured.waitTimeout()),
                d.exitTimeout().map(ContractRun::toJava).orElse(configured.exitTimeout()),
                d.httpTimeout().map(ContractRun::toJava).orElse(configured.httpTimeout()),
                d.commandTimeout().map(ContractRun::toJava).orElse(configured.commandTimeout()),
                d.expectTimeout().map(ContractRun::toJava).orElse(configured.expectTimeout()));
    }

    static java.time.Duration toJava(Duration duration) {
        return java.time.Duration.ofMillis(duration.millis());
    }
}
