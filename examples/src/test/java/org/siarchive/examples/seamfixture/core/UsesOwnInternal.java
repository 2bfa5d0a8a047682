package org.siarchive.examples.seamfixture.core;

import org.siarchive.examples.seamfixture.core.internal.Hidden;

/** Allowed: core uses its own internal package. */
public final class UsesOwnInternal {
  Hidden used;

  public UsesOwnInternal(Hidden used) {
    this.used = used;
  }
}
