/**
 * The archive model: a {@link org.siarchive.core.model.Volume} (案卷) seen three ways — its catalogue
 * ({@link org.siarchive.core.model.CatalogEntry}, 著录), its paper ({@link
 * org.siarchive.core.model.Item} and {@link org.siarchive.core.model.Page}, 实物) and its images
 * ({@link org.siarchive.core.model.PageImage}, 电子影像) — with the vocabulary around it: {@link
 * org.siarchive.core.model.SubCenter}, {@link org.siarchive.core.model.BusinessType}, {@link
 * org.siarchive.core.model.RetentionPeriod}, {@link org.siarchive.core.model.SealKind}, and the
 * archival code {@link org.siarchive.core.model.ArchivalCode} (档号) that a catalogue entry carries.
 *
 * <p>Every type is an immutable record validated in its compact constructor; the same constraints
 * are declared as Jakarta Validation annotations on the record components, for hosts that describe
 * or validate data with Bean Validation. A refused value raises {@link
 * org.siarchive.core.InvalidValueException} naming the field as the JSON schema names it.
 *
 * <p>Parameters and return values are non-null unless a record component says it may be null.
 */
@NullMarked
package org.siarchive.core.model;

import org.jspecify.annotations.NullMarked;
