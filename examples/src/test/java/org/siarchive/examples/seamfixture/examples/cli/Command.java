package org.siarchive.examples.seamfixture.examples.cli;

/** A fixture command of examples. */
public final class Command {}
