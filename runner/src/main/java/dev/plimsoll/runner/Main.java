package dev.plimsoll.runner;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code plimsoll} command line. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        System.exit(run(args, out, err));
    }

    /** Runs one command and returns its exit code; never calls {@link System#exit}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Wiring.production());
    }

    static int run(String[] args, PrintWriter out, PrintWriter err, Wiring wiring) {
        CommandLine cli = commandLine(wiring);
        cli.setOut(out);
        cli.setErr(err);
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(Wiring wiring) {
        ErrorHandler errors = new ErrorHandler();
        CommandLine cli = new CommandLine(new PlimsollCommand())
                .addSubcommand(new RunCommand(wiring))
                .addSubcommand(new CheckCommand(wiring))
                .addSubcommand(new ListCommand(wiring))
                .addSubcommand(new InitCommand(wiring))
                .addSubcommand(new CleanCommand(wiring))
                .addSubcommand(new PromoteCommand(wiring))
                .addSubcommand(new ImportCommand(wiring))
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .setUsageHelpAutoWidth(true);
        exitCodesInHelp(cli);
        CommandLine run = cli.getSubcommands().get("run");
        if (run != null) run.getCommandSpec().usageMessage().exitCodeList(ExitCode.runHelpSection());
        return cli;
    }

    private static void exitCodesInHelp(CommandLine cli) {
        cli.getCommandSpec()
                .usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCode.helpSection());
        cli.getSubcommands().values().forEach(Main::exitCodesInHelp);
    }

    /** Java 17 encodes System.out with the platform charset; the check marks need UTF-8. */
    private static PrintWriter utf8(FileDescriptor descriptor) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), true);
    }
}
