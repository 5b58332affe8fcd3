package dev.plimsoll.engine.run;

import dev.plimsoll.engine.descriptor.ContractLocation;
import dev.plimsoll.engine.docker.BuildRequest;
import dev.plimsoll.engine.docker.Docker;
import dev.plimsoll.engine.docker.ImageInfo;
import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.BuildArg;
import dev.plimsoll.grammar.ast.BuildSubject;
import dev.plimsoll.grammar.ast.ImageSubject;
import dev.plimsoll.grammar.ast.Subject;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a subject ({@code image "ref"} or {@code build "dir"}) into a local image id. */
final class SubjectImages {
    private final Docker docker;
    private final ContractLocation location;

    SubjectImages(Docker docker, ContractLocation location) {
        this.docker = docker;
        this.location = location;
    }

    /** The subject kinds this turns into images; {@code service} subjects are replaced when their Compose file is read. */
    static final List<Class<? extends Subject>> KINDS = List.of(ImageSubject.class, BuildSubject.class);

    /** The subject's local image id: found (pulled if need be) or built. */
    String prepare(Subject subject, Variables variables) {
        if (subject instanceof BuildSubject build) {
            return build(build, variables); // a build's id needs no inspect
        }
        return inspected(subject, variables).id();
    }

    /** As {@link #prepare}, with the image's metadata: read once, by the call that found or built it. */
    ImageInfo inspected(Subject subject, Variables variables) {
        if (subject instanceof ImageSubject image) {
            return docker.ensureImage(image.reference().resolve(variables));
        }
        if (subject instanceof BuildSubject build) {
            String id = build(build, variables);
            return docker.inspectImage(id).orElseThrow(() -> new IllegalStateException("image " + id + " vanished"));
        }
        throw new IllegalStateException("no image for a " + subject.getClass().getSimpleName()
                + " subject: a service subject is replaced by its Compose service's image or build before a run");
    }

    private String build(BuildSubject build, Variables variables) {
        Path directory = location.directory()
                .orElseThrow(() -> new IllegalStateException(
                        "'build' needs a contract on the file system; " + location.displayName() + " is inside a jar"));
        Path context = directory.resolve(build.context().resolve(variables)).normalize();
        Map<String, String> args = new LinkedHashMap<>();
        for (BuildArg arg : build.args()) {
            args.put(arg.name(), arg.value().resolve(variables));
        }
        String dockerfile =
                build.dockerfile().map(text -> text.resolve(variables)).orElse("Dockerfile");
        return docker.build(new BuildRequest(
                context, dockerfile, args, build.target().map(target -> target.resolve(variables)), Map.of()));
    }
}
