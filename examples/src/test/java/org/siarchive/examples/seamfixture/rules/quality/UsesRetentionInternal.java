package org.siarchive.examples.seamfixture.rules.quality;

import org.siarchive.examples.seamfixture.rules.retention.internal.RetentionHelper;

/** Refused: quality uses retention's internal package. */
public final class UsesRetentionInternal {
  RetentionHelper used;

  public UsesRetentionInternal(RetentionHelper used) {
    this.used = used;
  }
}
