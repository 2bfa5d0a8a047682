package org.siarchive.examples.seamfixture.rules;

import org.siarchive.examples.seamfixture.core.internal.Hidden;

/** Refused: rules uses core's internal package. */
public final class LeaksCoreInternal {
  Hidden used;

  public LeaksCoreInternal(Hidden used) {
    this.used = used;
  }
}
