package org.siarchive.examples.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.siarchive.core.id.CitizenId;
import org.siarchive.core.id.CreditCode;
import org.siarchive.core.id.InvalidIdentifierException;
import org.siarchive.core.id.Masking;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code siarchive id}: identifier checks. */
@Command(
    name = "id",
    mixinStandardHelpOptions = true,
    description = "Identifier checks.",
    subcommands = IdCommand.Check.class)
final class IdCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The identifier types {@code id check} knows. */
  enum Type {
    CITIZEN_ID("citizen-id"),
    CREDIT_CODE("credit-code");

    private final String label;

    Type(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** {@code siarchive id check}. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Checks a citizen ID (GB 11643-1999) or a unified social credit code (GB 32100-2015).",
        "The number is printed only masked. Exit 0 when valid, 1 when not, 2 on usage errors."
      })
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--type",
        required = true,
        paramLabel = "citizen-id|credit-code",
        converter = TypeConverter.class,
        description = "citizen-id or credit-code.")
    Type type;

    @Parameters(index = "0", paramLabel = "VALUE", description = "The number to check.")
    String value;

    @Mixin JsonOption json;

    @Override
    public Integer call() {
      String reason = null;
      try {
        if (type == Type.CITIZEN_ID) {
          CitizenId.of(value);
        } else {
          CreditCode.of(value);
        }
      } catch (InvalidIdentifierException e) {
        reason = e.reason();
      }
      PrintWriter out = spec.commandLine().getOut();
      String masked = Masking.mask(value);
      if (json.requested()) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", type.toString());
        doc.put("valid", reason == null);
        doc.put("value", masked);
        doc.put("reason", reason);
        CliJson.print(out, doc);
      } else {
        out.printf(
            Locale.ROOT,
            "%s %s: %s%n",
            type,
            masked,
            reason == null ? "valid" : "invalid: " + reason);
        out.flush();
      }
      return reason == null ? 0 : 1;
    }
  }

  /** Reads {@code citizen-id} or {@code credit-code}. */
  static final class TypeConverter implements picocli.CommandLine.ITypeConverter<Type> {
    @Override
    public Type convert(String text) {
      for (Type t : Type.values()) {
        if (t.label.equals(text)) {
          return t;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "expected citizen-id or credit-code but was '" + Masking.redact(text) + "'");
    }
  }
}
