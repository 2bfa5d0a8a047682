package org.siarchive.examples.cli;

import org.siarchive.rules.quality.Stage;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code --stage} values; an unknown stage is a usage error naming the valid ones. */
final class StageConverter implements ITypeConverter<Stage> {
  @Override
  public Stage convert(String value) {
    try {
      return Stage.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
