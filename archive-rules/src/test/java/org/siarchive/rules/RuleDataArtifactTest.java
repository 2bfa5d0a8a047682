package org.siarchive.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.core.ruledata.provider.RuleDataProvider;
import org.siarchive.core.ruledata.provider.RuleTables;
import org.siarchive.rules.retention.RetentionSchedules;

/**
 * Rule updates as data releases (issue 17): a newer data artifact, built here as a real jar with
 * its own provider class, index and one retention edition added, is found by {@link ServiceLoader}
 * and puts the new edition in force without any code change; a data artifact written in a newer
 * format is refused, naming the siarchive version that reads it.
 */
class RuleDataArtifactTest {
  private static final Path DATA = Path.of("../archive-rules-data/src/main/resources/org/siarchive/rules/data");
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    // The tests look providers up themselves; a module that does so declares it (a no-op on the
    // class path).
    RuleDataArtifactTest.class.getModule().addUses(RuleDataProvider.class);
  }

  @TempDir Path dir;

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** The providers a class loader sees: the default data artifact's and the jar's. */
  private static List<RuleDataProvider> providers(ClassLoader loader) {
    List<RuleDataProvider> found = new ArrayList<>();
    ServiceLoader.load(RuleDataProvider.class, loader).forEach(found::add);
    return found;
  }

  /**
   * A data artifact {@code org.siarchive:archive-rules-data} of another release: the bundled files,
   * a national edition {@code 2027} from 2027-01-01, and its own provider class compiled here.
   */
  private Path newerArtifact(String release, int formatVersion, String minimumCodeVersion) throws Exception {
    Path src = Files.createDirectories(dir.resolve("src/org/example/data"));
    Files.writeString(src.resolve("NewerRuleData.java"), """
        package org.example.data;

        public final class NewerRuleData implements org.siarchive.core.ruledata.provider.RuleDataProvider {
          public String name() { return "org.siarchive:archive-rules-data"; }
          public String version() { return "%s"; }
          public java.io.InputStream open(String resource) { return NewerRuleData.class.getResourceAsStream(resource); }
        }
        """.formatted(release));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    String core = Path.of(RuleDataProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    Process javac = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
            "--release", "17", "-d", classes.toString(), "-classpath", core, src.resolve("NewerRuleData.java").toString())
        .redirectErrorStream(true)
        .start();
    String log = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(javac.waitFor()).as("compiling the provider of the newer artifact: %s", log).isZero();

    ObjectNode index = (ObjectNode) JSON.readTree(DATA.resolve("index.json").toFile());
    if (minimumCodeVersion != null) {
      index.put("minimumCodeVersion", minimumCodeVersion);
    }
    String national = Files.readString(DATA.resolve("cn-national-2009.json"), StandardCharsets.UTF_8);
    byte[] edition2027 = national
        .replaceFirst("\"edition\": \"2009\"", "\"edition\": \"2027\", \"supersedes\": \"2009\"")
        .replaceFirst("\"effectiveFrom\": \"2009-09-01\"", "\"effectiveFrom\": \"2027-01-01\"")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(edition2027).isNotEqualTo(national.getBytes(StandardCharsets.UTF_8));
    ObjectNode entry = ((ArrayNode) index.get("tables")).insertObject(1);
    entry.put("file", "cn-national-2027.json").put("kind", "retention-edition").put("id", "cn-national")
        .put("edition", "2027").put("effectiveFrom", "2027-01-01").put("formatVersion", formatVersion)
        .put("sha256", sha256(edition2027));

    Path jar = dir.resolve("archive-rules-data-" + release + ".jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      put(out, "org/example/data/NewerRuleData.class", Files.readAllBytes(classes.resolve("org/example/data/NewerRuleData.class")));
      put(out, "META-INF/services/" + RuleDataProvider.class.getName(), "org.example.data.NewerRuleData\n".getBytes(StandardCharsets.UTF_8));
      put(out, "org/example/data/index.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(index));
      put(out, "org/example/data/cn-national-2027.json", edition2027);
      for (String file : List.of("cn-national-2009.json", "illustrative-city-2026.1.json", "illustrative-2026.1.json", "defect-catalogue-2026.1.json")) {
        put(out, "org/example/data/" + file, Files.readAllBytes(DATA.resolve(file)));
      }
    }
    return jar;
  }

  private static void put(OutputStream jar, String name, byte[] bytes) throws IOException {
    JarOutputStream out = (JarOutputStream) jar;
    out.putNextEntry(new JarEntry(name));
    out.write(bytes);
    out.closeEntry();
  }

  @Test
  void theDefaultDataArtifact_putsTheNational2009EditionInForce() {
    RetentionSchedules schedules = RetentionSchedules.withEditionsOf(RuleTables.of(providers(getClass().getClassLoader())));
    assertThat(schedules.editions(RetentionSchedules.NATIONAL)).extracting(e -> e.edition()).containsExactly("2009");
    assertThat(schedules.inForce(RetentionSchedules.NATIONAL, LocalDate.of(2027, 6, 1)).orElseThrow().edition())
        .isEqualTo("2009");
  }

  @Test
  void aNewerDataArtifact_besideOrInsteadOfTheDefault_putsItsEditionInForce_withoutCodeChange() throws Exception {
    Path jar = newerArtifact("2027.1.0", 1, null);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
      List<RuleDataProvider> both = providers(loader);
      assertThat(both).extracting(RuleDataProvider::version).contains("2027.1.0").hasSize(2);

      RuleTables beside = RuleTables.of(both);
      RetentionSchedules schedules = RetentionSchedules.withEditionsOf(beside);
      assertThat(schedules.editions(RetentionSchedules.NATIONAL)).extracting(e -> e.edition()).containsExactly("2009", "2027");
      assertThat(schedules.inForce(RetentionSchedules.NATIONAL, LocalDate.of(2026, 12, 31)).orElseThrow().edition())
          .isEqualTo("2009");
      assertThat(schedules.inForce(RetentionSchedules.NATIONAL, LocalDate.of(2027, 6, 1)).orElseThrow().edition())
          .isEqualTo("2027");
      assertThat(beside.tables()).filteredOn(t -> t.edition().equals("2009")).singleElement()
          .satisfies(t -> assertThat(t.providerVersion()).doesNotContain("2027"));

      List<RuleDataProvider> newerOnly = both.stream().filter(p -> p.version().equals("2027.1.0")).toList();
      assertThat(RetentionSchedules.withEditionsOf(RuleTables.of(newerOnly))
              .inForce(RetentionSchedules.NATIONAL, LocalDate.of(2027, 6, 1)).orElseThrow().edition())
          .isEqualTo("2027");
    }
  }

  @Test
  void aDataArtifactOfANewerFormat_isRefused_namingTheCodeVersionThatReadsIt() throws Exception {
    Path jar = newerArtifact("2028.1.0", 2, "0.2.0");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
      RuleTables tables = RuleTables.of(providers(loader));
      assertThatThrownBy(() -> RetentionSchedules.withEditionsOf(tables))
          .isInstanceOf(RuleDataException.class)
          .hasMessage("org.siarchive:archive-rules-data 2028.1.0 index.json: /tables/1/formatVersion: retention-edition"
              + " format version newer than this library reads (valid values 1 - 1); siarchive 0.2.0 or later"
              + " reads it: 2");
    }
  }

  @Test
  void theSameEditionWithOtherBytes_inTwoArtifacts_isRefusedNamingBoth() throws Exception {
    Path jar = newerArtifact("2027.2.0", 1, null);
    Path tampered = dir.resolve("tampered.jar");
    // The same national 2009 edition, one character changed, with an index that records it.
    try (var in = new java.util.jar.JarFile(jar.toFile());
        JarOutputStream out = new JarOutputStream(Files.newOutputStream(tampered))) {
      byte[] national = new String(in.getInputStream(in.getEntry("org/example/data/cn-national-2009.json")).readAllBytes(),
          StandardCharsets.UTF_8).replaceFirst("社会保险业务材料归档范围与保管期限", "社会保险业务材料归档范围与保管期限（改）")
          .getBytes(StandardCharsets.UTF_8);
      ObjectNode index = (ObjectNode) JSON.readTree(in.getInputStream(in.getEntry("org/example/data/index.json")));
      ((ObjectNode) index.get("tables").get(0)).put("sha256", sha256(national));
      for (var e : java.util.Collections.list(in.entries())) {
        byte[] bytes = switch (e.getName()) {
          case "org/example/data/cn-national-2009.json" -> national;
          case "org/example/data/index.json" -> JSON.writeValueAsBytes(index);
          default -> in.getInputStream(e).readAllBytes();
        };
        put(out, e.getName(), bytes);
      }
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {tampered.toUri().toURL()}, getClass().getClassLoader())) {
      List<RuleDataProvider> both = providers(loader);
      assertThatThrownBy(() -> RuleTables.of(both))
          .isInstanceOf(RuleDataException.class)
          .hasMessageStartingWith("org.siarchive:archive-rules-data 2027.2.0 index.json: /tables/0/sha256: retention-edition"
              + " cn-national edition 2009 is offered by org.siarchive:archive-rules-data 2026.12.0")
          .hasMessageContaining("and by org.siarchive:archive-rules-data 2027.2.0 with other bytes");
    }
  }
}
