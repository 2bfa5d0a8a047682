package org.siarchive.examples.seamfixture.alpha;

import org.siarchive.examples.seamfixture.beta.B;

/** Half of a package cycle: alpha uses beta. */
public final class A {
  B used;

  public A(B used) {
    this.used = used;
  }
}
