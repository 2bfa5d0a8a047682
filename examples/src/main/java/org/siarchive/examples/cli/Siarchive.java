package org.siarchive.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Locale;
import org.siarchive.core.id.Masking;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code siarchive} command line: {@code java -jar examples/target/siarchive.jar <command>}.
 *
 * <p>Conventions shared by every command: {@code --help} on each; commands that compute something
 * take {@code --json} and then print exactly one JSON document on standard output; errors go to
 * standard error with a message that names the bad argument or record; exit status 0 on success, 1
 * when the input held rejected records or the work failed, 2 on usage errors.
 */
@Command(
    name = "siarchive",
    mixinStandardHelpOptions = true,
    versionProvider = Siarchive.Version.class,
    description =
        "Social-insurance business archives (社会保险业务档案): model, checks, sampling, transfer.",
    subcommands = {
      CommandLine.HelpCommand.class,
      DemoCommand.class,
      GenerateCommand.class,
      ValidateCommand.class,
      IdCommand.class,
      DefectsCommand.class,
      CheckCommand.class,
      ReportCommand.class,
      NoticeCommand.class,
      SampleCommand.class,
      InspectCommand.class,
      ScheduleCommand.class,
      TransferCommand.class,
      HandoverCommand.class,
      RulesCommand.class,
      StorageCommand.class,
      SimulateCommand.class
    })
public final class Siarchive implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits the JVM with its status. */
  public static void main(String[] args) {
    // The platform charset, as PrintWriter(OutputStream) always used; named so the choice is seen.
    Charset charset = Charset.defaultCharset();
    System.exit(
        run(
            args,
            new PrintWriter(new OutputStreamWriter(System.out, charset), true),
            new PrintWriter(new OutputStreamWriter(System.err, charset), true)));
  }

  /**
   * Runs the command line with the given streams, for tests and embedding.
   *
   * @return the exit status
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = newCommandLine();
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }

  static CommandLine newCommandLine() {
    CommandLine cli = new CommandLine(new Siarchive());
    cli.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          PrintWriter err = c.getErr();
          err.println(Masking.redact(ex.getMessage()));
          if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println(
                "Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
          }
          err.flush();
          return CommandLine.ExitCode.USAGE;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          String message =
              Masking.redact(ex.getMessage() == null ? ex.getClass().getName() : ex.getMessage());
          err.println(
              String.format(
                  Locale.ROOT, "siarchive %s: %s", commandLine.getCommandName(), message));
          err.flush();
          return ex instanceof IllegalArgumentException
              ? CommandLine.ExitCode.USAGE
              : CommandLine.ExitCode.SOFTWARE;
        });
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version from the jar's manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Siarchive.class.getPackage().getImplementationVersion();
      return new String[] {"siarchive " + (version == null ? "development" : version)};
    }
  }
}
