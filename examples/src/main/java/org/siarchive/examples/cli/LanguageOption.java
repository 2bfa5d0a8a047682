package org.siarchive.examples.cli;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.id.Masking;
import org.siarchive.rules.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --lang} option: the language of the messages a command prints for its operator (the
 * defect catalogue's Chinese or English texts, with materials, colour modes and seals named in that
 * language). Without it, the locale decides: Chinese when the locale's language is Chinese, English
 * otherwise. Commands take it as a picocli mixin: {@code @Mixin LanguageOption lang;}.
 */
final class LanguageOption {
  @Option(
      names = "--lang",
      paramLabel = "zh|en",
      description =
          "The language of defect messages: zh (Chinese) or en (English); default: Chinese when"
              + " the locale's language is Chinese, English otherwise.")
  @Nullable String lang;

  /**
   * {@return the language given, or the locale's}
   *
   * @throws ParameterException naming the option and the value when it is neither zh nor en
   */
  Language language(CommandSpec spec) {
    if (lang == null) {
      return ofLocale(Locale.getDefault());
    }
    return switch (lang) {
      case "zh" -> Language.ZH;
      case "en" -> Language.EN;
      default ->
          throw new ParameterException(
              spec.commandLine(),
              "Invalid value for option '--lang' (zh or en): " + Masking.redact(lang));
    };
  }

  /** {@return Chinese for a locale whose language is Chinese ({@code zh}), else English} */
  static Language ofLocale(Locale locale) {
    return locale.getLanguage().equals("zh") ? Language.ZH : Language.EN;
  }
}
