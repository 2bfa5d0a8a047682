package org.siarchive.examples.seamfixture.beta;

import org.siarchive.examples.seamfixture.alpha.A;

/** The other half: beta uses alpha. */
public final class B {
  A used;

  public B(A used) {
    this.used = used;
  }
}
