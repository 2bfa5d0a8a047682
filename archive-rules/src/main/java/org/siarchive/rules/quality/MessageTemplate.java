package org.siarchive.rules.quality;

import java.util.Map;
import java.util.Set;
import org.siarchive.core.id.Masking;
import org.siarchive.core.ruledata.RuleDataException;

/**
 * Message templates with named arguments: {@code {name}} stands for an argument; braces are not
 * otherwise allowed. Checked when a catalogue loads, rendered when a defect is shown.
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
        String name = template.substring(i + 1, end);
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
   * The template with each {@code {name}} replaced; an argument the defect lacks shows as {@code
   * ?}.
   */
  static String render(String template, Map<String, String> arguments) {
    StringBuilder b = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int end = c == '{' ? template.indexOf('}', i) : -1;
      if (end > i) {
        String value = arguments.get(template.substring(i + 1, end));
        b.append(value == null ? "?" : value);
        i = end + 1;
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }
}
