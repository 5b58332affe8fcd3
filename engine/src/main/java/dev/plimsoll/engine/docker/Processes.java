package dev.plimsoll.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.TopContainerResponse;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/** What runs inside a container: {@code top} and {@code exec}. */
final class Processes {

    /**
     * The engine runs {@code ps} on its host (in the container's pid namespace: the image needs no ps), where names
     * would come from the host's /etc/passwd and /etc/group; so we ask for numeric ids and name them from the
     * container's own accounts. {@code rgid} is the real group id of the process's status.
     */
    static final String PS_ARGS = "-o uid,rgid,pid,args";

    private final DockerClient client;
    private final EngineWatch watch;

    Processes(DockerClient client, EngineWatch watch) {
        this.client = client;
        this.watch = watch;
    }

    List<ProcessInfo> top(String id, ImageAccounts accounts) {
        TopContainerResponse top = watch.run(
                "list processes of " + Containers.shortId(id),
                () -> client.topContainerCmd(id).withPsArgs(PS_ARGS).exec());
        List<String> titles = List.of(top.getTitles());
        int uidColumn = titles.indexOf("UID");
        int gidColumn = titles.indexOf("RGID");
        int pidColumn = titles.indexOf("PID");
        int commandColumn = titles.size() - 1;
        List<ProcessInfo> processes = new ArrayList<>();
        if (top.getProcesses() == null || uidColumn < 0 || gidColumn < 0 || pidColumn < 0) {
            return processes;
        }
        for (String[] row : top.getProcesses()) {
            int uid = Integer.parseInt(row[uidColumn].trim());
            int gid = Integer.parseInt(row[gidColumn].trim());
            processes.add(new ProcessInfo(
                    Integer.parseInt(row[pidColumn].trim()),
                    uid,
                    accounts.userName(uid).orElse(Integer.toString(uid)),
                    gid,
                    accounts.groupName(gid).orElse(Integer.toString(gid)),
                    row[commandColumn]));
        }
        return processes;
    }

    ExecResult exec(String id, List<String> argv, Duration timeout) {
        return watch.run(
                "exec " + argv + " in " + Containers.shortId(id),
                timeout.plus(EngineWatch.REQUEST_TIMEOUT),
                () -> execNow(id, argv, timeout));
    }

    private ExecResult execNow(String id, List<String> argv, Duration timeout) {
        String execId = client.execCreateCmd(id)
                .withCmd(argv.toArray(String[]::new))
                .withAttachStdout(true)
                .withAttachStderr(true)
                .exec()
                .getId();
        Output output = new Output();
        try (Output callback = client.execStartCmd(execId).exec(output)) {
            if (!callback.awaitCompletion(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS)) {
                return new ExecResult(OptionalInt.empty(), output.stdout(), output.stderr());
            }
            callback.rethrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DockerOperationException("interrupted while running " + argv, e);
        } catch (IOException e) {
            throw new DockerOperationException("cannot read the output of " + argv + ": " + e.getMessage(), e);
        }
        Long exitCode = client.inspectExecCmd(execId).exec().getExitCodeLong();
        OptionalInt code = exitCode == null ? OptionalInt.empty() : OptionalInt.of(exitCode.intValue());
        return new ExecResult(code, output.stdout(), output.stderr());
    }

    /** Keeps stdout and stderr apart. */
    private static final class Output extends QuietCallback<Frame> {
        private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

        @Override
        public synchronized void onNext(Frame frame) {
            ByteArrayOutputStream target = frame.getStreamType() == StreamType.STDERR ? stderr : stdout;
            target.writeBytes(frame.getPayload());
        }

        synchronized String stdout() {
            return stdout.toString(StandardCharsets.UTF_8);
        }

        synchronized String stderr() {
            return stderr.toString(StandardCharsets.UTF_8);
        }
    }
}
