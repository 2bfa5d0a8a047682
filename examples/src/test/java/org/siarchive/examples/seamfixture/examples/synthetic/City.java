package org.siarchive.examples.seamfixture.examples.synthetic;

/** The fixture synthetic city. */
public final class City {}
