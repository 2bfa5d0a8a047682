package org.siarchive.core.testing;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.ruledata.provider.RuleDataProvider;
import org.siarchive.core.ruledata.provider.RuleTables;

/**
 * The bundled rule tables where the data artifact keeps them in the source tree, for the tests of
 * modules that the data artifact itself depends on (archive-core cannot have archive-rules-data on
 * its test path: that would be a cycle). The provider serves the very files, with the very index,
 * that the artifact's jar serves, so a test of these tables tests what ships.
 *
 * <pre>{@code
 * LifecycleTable table = LifecycleTable.newestOf(DataArtifact.tables());
 * }</pre>
 */
public final class DataArtifact {
  /** The data artifact's resource directory, from any module's base directory. */
  public static final Path DIRECTORY =
      Path.of("../archive-rules-data/src/main/resources/org/siarchive/rules/data");

  private DataArtifact() {}

  /** The tables of the source tree's data artifact alone. */
  public static RuleTables tables() {
    return RuleTables.of(List.of(provider()));
  }

  /** A provider, named like the bundled one, that serves the files of {@link #DIRECTORY}. */
  public static RuleDataProvider provider() {
    return new RuleDataProvider() {
      @Override
      public String name() {
        return RuleTables.BUNDLED;
      }

      @Override
      public String version() {
        return "source tree";
      }

      @Override
      public @Nullable InputStream open(String resource) {
        try {
          return Files.newInputStream(DIRECTORY.resolve(resource));
        } catch (NoSuchFileException e) {
          return null;
        } catch (java.io.IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  /** The bytes of one file of the data artifact. */
  public static byte[] bytes(String file) {
    try {
      return Files.readAllBytes(DIRECTORY.resolve(file));
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
