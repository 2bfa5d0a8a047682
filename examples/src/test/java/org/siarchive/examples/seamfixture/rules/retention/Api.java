package org.siarchive.examples.seamfixture.rules.retention;

/** A named API type of retention. */
public final class Api {}
