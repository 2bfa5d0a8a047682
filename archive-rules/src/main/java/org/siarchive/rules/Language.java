package org.siarchive.rules;

/**
 * The languages of the defect catalogue's texts.
 *
 * <pre>{@code
 * catalogue.message(defect, Language.ZH);  // e.g. "实物7件，目录8件"
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Language {
  /** Chinese. */
  ZH,
  /** English. */
  EN
}
