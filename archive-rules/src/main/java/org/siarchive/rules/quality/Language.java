package org.siarchive.rules.quality;

/** The languages of the defect catalogue's texts. */
public enum Language {
  /** Chinese. */
  ZH,
  /** English. */
  EN
}
