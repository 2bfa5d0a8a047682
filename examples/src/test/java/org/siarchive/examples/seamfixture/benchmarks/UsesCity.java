package org.siarchive.examples.seamfixture.benchmarks;

import org.siarchive.examples.seamfixture.examples.synthetic.City;

/** Allowed: a benchmark uses the synthetic city. */
public final class UsesCity {
  City used;

  public UsesCity(City used) {
    this.used = used;
  }
}
