package dev.plimsoll.engine.step;

import dev.plimsoll.engine.check.FileChecks;
import dev.plimsoll.engine.docker.FileEntry;
import dev.plimsoll.engine.plan.FileExpectation;
import dev.plimsoll.engine.plan.Resolver;
import dev.plimsoll.grammar.ast.ExpectFile;
import java.util.List;

/**
 * {@code expect file "/path" ...}: the running container's filesystem, read through Docker's archive API like an
 * image's {@code file} check (so it needs no shell); owners are named by the container's own /etc/passwd and
 * /etc/group, which {@link ContainerAccounts} keeps per container.
 */
final class FileCheckExecutor implements StepExecutor<ExpectFile> {
    @Override
    public Verdict run(ExpectFile expect, Container on, StepContext context) {
        FileExpectation check = new Resolver(context.variables()).file(expect.path(), expect.properties());
        ContainerAccounts.Lookup accounts = context.accounts().lookup(context.docker(), on.id());
        return Verdict.of(
                Eventually.hold(Within.check(expect.within(), context.deadlines()), () -> {
                    List<FileEntry> entries = context.docker().readPath(on.id(), check.path());
                    return accounts.mismatches(names -> FileChecks.mismatches(check, entries, names));
                }),
                on);
    }
}
