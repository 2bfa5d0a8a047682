package org.siarchive.examples.seamfixture.rules.retention;

import org.siarchive.examples.seamfixture.rules.quality.internal.QualityHelper;

/** Refused: retention uses quality's internal package. */
public final class UsesQualityInternal {
  QualityHelper used;

  public UsesQualityInternal(QualityHelper used) {
    this.used = used;
  }
}
