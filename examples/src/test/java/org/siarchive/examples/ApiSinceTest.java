package org.siarchive.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.doctree.BlockTagTree;
import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.SinceTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every public top-level type of every package a published module exports (its {@code
 * module-info.java}'s unqualified {@code exports}) says in its Javadoc since which version it
 * exists ({@code @since X.Y.Z}), and that version is not later than the version the POM is about to
 * release. Nested types are there since their enclosing type, as in the JDK, unless they say
 * otherwise. The sources are parsed with the JDK's own compiler tree API, so a comment the Javadoc
 * tool would not attach to the type does not count.
 */
class ApiSinceTest {
  private static final List<String> PUBLISHED_MODULES =
      List.of("archive-sampling", "archive-core", "archive-rules");
  private static final Pattern EXPORTS = Pattern.compile("(?m)^\\s*exports\\s+([\\w.]+)\\s*;");
  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");

  @Test
  void everyExportedPublicType_saysSinceWhichVersion() throws IOException {
    String next = nextVersion();
    List<Path> sources = exportedSources();
    assertThat(sources).hasSizeGreaterThan(100);

    List<String> problems = new ArrayList<>();
    for (Path source : sources) {
      problems.addAll(
          problems(source.toString(), Files.readString(source, StandardCharsets.UTF_8), next));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void aTypeWithoutSince_orSinceAFutureVersion_isNamed() {
    String noSince = "package p;\n/** A thing. */\npublic final class Thing {}\n";
    String future =
        "package p;\n/**\n * A thing.\n *\n * @since 9.0.0\n */\npublic record R() {}\n";
    String noDoc = "package p;\npublic interface I {}\n";
    String hidden = "package p;\n/** Not API. */\nfinal class Hidden {}\n";
    String good =
        "package p;\n/**\n * A thing.\n *\n * @since 0.1.0\n */\n@Deprecated\npublic enum E { A }\n";

    assertThat(problems("Thing.java", noSince, "0.1.0"))
        .containsExactly("Thing.java: p.Thing has no @since");
    assertThat(problems("R.java", future, "0.1.0"))
        .containsExactly("R.java: p.R: @since 9.0.0 is after the next release 0.1.0");
    assertThat(problems("I.java", noDoc, "0.1.0")).containsExactly("I.java: p.I has no @since");
    assertThat(problems("Hidden.java", hidden, "0.1.0")).isEmpty();
    assertThat(problems("E.java", good, "0.1.0")).isEmpty();
  }

  /** The version the POM is about to release: {@code 0.1.0} for {@code 0.1.0-SNAPSHOT}. */
  private static String nextVersion() throws IOException {
    String pom = Files.readString(Path.of("..", "pom.xml"), StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile("<artifactId>siarchive-parent</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(pom);
    assertThat(m.find()).as("the parent POM's version").isTrue();
    return m.group(1).replace("-SNAPSHOT", "");
  }

  private static List<Path> exportedSources() throws IOException {
    List<Path> sources = new ArrayList<>();
    for (String module : PUBLISHED_MODULES) {
      Path root = Path.of("..", module, "src", "main", "java");
      Matcher m =
          EXPORTS.matcher(
              Files.readString(root.resolve("module-info.java"), StandardCharsets.UTF_8)
                  .replaceAll("//[^\n]*", ""));
      while (m.find()) {
        Path dir = root.resolve(m.group(1).replace('.', '/'));
        try (Stream<Path> files = Files.list(dir)) {
          sources.addAll(
              files
                  .filter(p -> p.toString().endsWith(".java"))
                  .filter(p -> !p.getFileName().toString().equals("package-info.java"))
                  .sorted()
                  .collect(Collectors.toList()));
        }
      }
    }
    return sources;
  }

  /** What is wrong with the public top-level types of one source file, each named. */
  static List<String> problems(String name, String source, String nextVersion) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null);
    JavaFileObject file =
        new SimpleJavaFileObject(URI.create("string:///" + name), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    JavacTask task =
        (JavacTask) javac.getTask(null, files, d -> {}, List.of("-proc:none"), null, List.of(file));
    List<String> problems = new ArrayList<>();
    try {
      DocTrees docs = DocTrees.instance(task);
      for (CompilationUnitTree unit : task.parse()) {
        String pkg = unit.getPackageName() == null ? "" : unit.getPackageName() + ".";
        for (Tree decl : unit.getTypeDecls()) {
          if (!(decl instanceof ClassTree type)
              || !type.getModifiers().getFlags().contains(Modifier.PUBLIC)) {
            continue;
          }
          String typeName = pkg + type.getSimpleName();
          DocCommentTree doc = docs.getDocCommentTree(new TreePath(new TreePath(unit), type));
          List<String> since = doc == null ? List.of() : sinceValues(doc.getBlockTags());
          if (since.isEmpty()) {
            problems.add(name + ": " + typeName + " has no @since");
          }
          for (String version : since) {
            if (!VERSION.matcher(version).matches()) {
              problems.add(name + ": " + typeName + ": @since " + version + " is not X.Y.Z");
            } else if (compare(version, nextVersion) > 0) {
              problems.add(
                  name
                      + ": "
                      + typeName
                      + ": @since "
                      + version
                      + " is after the next release "
                      + nextVersion);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return problems;
  }

  private static List<String> sinceValues(List<? extends DocTree> tags) {
    List<String> values = new ArrayList<>();
    for (DocTree tag : tags) {
      if (tag instanceof SinceTree since) {
        values.add(since.getBody().stream().map(Object::toString).collect(Collectors.joining()));
      } else if (tag instanceof BlockTagTree block && block.getTagName().equals("since")) {
        values.add("");
      }
    }
    return values;
  }

  private static int compare(String a, String b) {
    Matcher x = VERSION.matcher(a);
    Matcher y = VERSION.matcher(b);
    if (!x.matches() || !y.matches()) {
      throw new IllegalArgumentException("not X.Y.Z: " + a + ", " + b);
    }
    for (int i = 1; i <= 3; i++) {
      int c = Integer.compare(Integer.parseInt(x.group(i)), Integer.parseInt(y.group(i)));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
