/**
 * The {@code siarchive} command line (picocli). Each command group lives in its own class and is
 * registered in {@link org.siarchive.examples.cli.Siarchive}'s {@code subcommands}. Parameters are
 * non-null unless documented otherwise.
 */
package org.siarchive.examples.cli;
