package org.siarchive.examples.seamfixture.rules;

import org.siarchive.examples.seamfixture.examples.synthetic.City;

/** Refused: rules uses examples, even the synthetic city. */
public final class UsesCity {
  City used;

  public UsesCity(City used) {
    this.used = used;
  }
}
