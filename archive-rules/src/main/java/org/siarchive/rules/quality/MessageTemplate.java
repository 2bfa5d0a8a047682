package org.siarchive.rules.quality;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.siarchive.core.id.Masking;
import org.siarchive.core.ruledata.RuleDataException;

/**
 * Message templates with named arguments, checked when a catalogue loads, rendered when a defect is
 * shown. Three forms, and braces are not otherwise allowed:
 *
 * <ul>
 *   <li>{@code {name}}: the argument's value;
 *   <li>{@code {#name|one|other}}: {@code one} when the argument is the count 1, {@code other}
 *       otherwise ({@code "{count} {#count|page carries|pages carry} no page number"});
 *   <li>{@code {*name|one|other}}: {@code one} when the argument is a list of one item (no comma:
 *       the form of {@code Numbers.list}), {@code other} otherwise ({@code "page {*missing|number
 *       is|numbers are} missing: {missing}"}).
 * </ul>
 *
 * <p>So English messages say "1 page" and "page number 5 is missing"; a language without plurals
 * uses the plain form only. The two words are plain text (no braces, no {@code |}).
 */
final class MessageTemplate {
  private MessageTemplate() {}

  static void check(String template, Set<String> declared, String source, String pointer) {
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '}') {
        throw new RuleDataException(
            source, pointer, "unbalanced '}' in template", Masking.quoted(template));
      }
      if (c == '{') {
        int end = template.indexOf('}', i);
        if (end < 0) {
          throw new RuleDataException(
              source, pointer, "unbalanced '{' in template", Masking.quoted(template));
        }
        String body = template.substring(i + 1, end);
        if (body.indexOf('{') >= 0) {
          throw new RuleDataException(
              source, pointer, "unbalanced '{' in template", Masking.quoted(template));
        }
        String name = body;
        if (body.startsWith("#") || body.startsWith("*")) {
          List<String> parts = List.of(body.substring(1).split("\\|", -1));
          if (parts.size() != 3 || parts.get(1).isEmpty() || parts.get(2).isEmpty()) {
            throw new RuleDataException(
                source,
                pointer,
                "a plural form is {#name|one|other} or {*name|one|other}, both words given",
                Masking.quoted(template));
          }
          name = parts.get(0);
        }
        if (!declared.contains(name)) {
          throw new RuleDataException(
              source,
              pointer,
              "template names an undeclared argument {" + name + "}",
              Masking.quoted(template));
        }
        i = end + 1;
      } else {
        i++;
      }
    }
  }

  /**
   * The template with each {@code {name}} replaced and each plural form resolved; an argument the
   * defect lacks shows as {@code ?} (and takes the {@code other} word).
   */
  static String render(String template, Map<String, String> arguments) {
    StringBuilder b = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int end = c == '{' ? template.indexOf('}', i) : -1;
      if (end > i) {
        String body = template.substring(i + 1, end);
        char kind = body.isEmpty() ? ' ' : body.charAt(0);
        if (kind == '#' || kind == '*') {
          String[] parts = body.substring(1).split("\\|", -1);
          String value = arguments.get(parts[0]);
          boolean one =
              value != null && (kind == '#' ? value.strip().equals("1") : isOneItem(value));
          b.append(parts.length == 3 ? parts[one ? 1 : 2] : "?");
        } else {
          String value = arguments.get(body);
          b.append(value == null ? "?" : value);
        }
        i = end + 1;
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }

  /** A list of one item: not blank, no comma and no ellipsis. */
  private static boolean isOneItem(String value) {
    return !value.isBlank() && value.indexOf(',') < 0 && value.indexOf('…') < 0;
  }
}
