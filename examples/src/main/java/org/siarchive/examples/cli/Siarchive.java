package org.siarchive.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
      TrainingCommand.class,
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
    // Standard output as a plain file stream, not System.out, whose PrintStream swallows write
    // errors: a full disk must fail the run, not lose its output with exit 0.
    FailureRecorder stdout = new FailureRecorder(new FileOutputStream(FileDescriptor.out));
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, charset), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
    int exit = run(args, out, err);
    out.flush();
    System.exit(outputChecked(exit, stdout.failure(), err));
  }

  /**
   * The exit status once standard output's fate is known: a run whose output could not be written
   * fails (exit 1, or its own failure status) and says why, except for a reader that closed the
   * pipe early ({@code | head}), which wanted no more.
   */
  static int outputChecked(int exit, @Nullable IOException failure, PrintWriter err) {
    if (failure == null) {
      return exit;
    }
    String reason = failure.getMessage() == null ? "write failed" : failure.getMessage();
    if (!reason.contains("Broken pipe")) {
      err.println("siarchive: standard output could not be written: " + reason);
      err.flush();
    }
    return exit == CommandLine.ExitCode.OK ? CommandLine.ExitCode.SOFTWARE : exit;
  }

  /** Passes bytes through and keeps the first write failure, which PrintWriter would hide. */
  private static final class FailureRecorder extends FilterOutputStream {
    private @Nullable IOException failure;

    FailureRecorder(OutputStream out) {
      super(out);
    }

    @Nullable IOException failure() {
      return failure;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw recorded(e);
      }
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw recorded(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw recorded(e);
      }
    }

    private IOException recorded(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
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
    cli.registerConverter(LocalDate.class, new DateConverter());
    // Descriptions are whole paragraphs (HelpTextFormatTest): wrap them at the terminal width.
    cli.setUsageHelpAutoWidth(true);
    cli.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          PrintWriter err = c.getErr();
          errorDocument(c, args, CommandLine.ExitCode.USAGE, Masking.redact(ex.getMessage()));
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
          String message = Masking.redact(describe(ex));
          int exit =
              ex instanceof IllegalArgumentException
                  ? CommandLine.ExitCode.USAGE
                  : CommandLine.ExitCode.SOFTWARE;
          errorDocument(
              commandLine, parseResult.originalArgs().toArray(String[]::new), exit, message);
          err.println(
              String.format(
                  Locale.ROOT, "siarchive %s: %s", commandLine.getCommandName(), message));
          err.flush();
          return exit;
        });
    return cli;
  }

  /**
   * What went wrong, in words: the cause of an {@link UncheckedIOException} that only wraps it, a
   * missing or unreadable file named with its path, never a bare exception class.
   */
  static String describe(Throwable ex) {
    Throwable t = ex;
    if (t instanceof UncheckedIOException u
        && t.getCause() != null
        && String.valueOf(t.getCause()).equals(u.getMessage())) {
      t = t.getCause();
    }
    if (t instanceof NoSuchFileException e) {
      return e.getFile() + ": no such file";
    }
    if (t instanceof AccessDeniedException e) {
      return e.getFile() + ": permission denied";
    }
    if (t instanceof FileSystemException e && e.getFile() != null) {
      return e.getFile()
          + ": "
          + (e.getReason() == null ? "cannot be read or written" : e.getReason());
    }
    String message = t.getMessage();
    if (message != null) {
      return message;
    }
    return t instanceof IOException ? "reading or writing failed" : t.getClass().getSimpleName();
  }

  /**
   * With {@code --json} among the options, a run that fails before its document is printed prints
   * this one instead, so that a caller parsing standard output always gets one JSON document:
   * {@code {"error": {"command", "exit", "message"}}}. The message goes to standard error too.
   */
  private static void errorDocument(CommandLine c, String[] args, int exit, String message) {
    boolean json = false;
    for (String a : args) {
      if (a.equals("--")) {
        break;
      }
      json |= a.equals("--json");
    }
    if (!json) {
      return;
    }
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("command", c.getCommandSpec().qualifiedName());
    error.put("exit", exit);
    error.put("message", message);
    CliJson.print(c.getOut(), Map.of("error", error));
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
