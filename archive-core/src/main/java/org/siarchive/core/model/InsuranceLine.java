package org.siarchive.core.model;

/**
 * The insurance line (险种) of a business type. {@link #GENERAL} covers business that belongs to no
 * single line: employer and person registration, contribution collection, statistics, audit.
 *
 * @since 0.1.0
 */
public enum InsuranceLine {
  /** 养老保险. */
  PENSION("养老保险"),
  /** 医疗保险. */
  MEDICAL("医疗保险"),
  /** 工伤保险. */
  WORK_INJURY("工伤保险"),
  /** 失业保险. */
  UNEMPLOYMENT("失业保险"),
  /** 生育保险. */
  MATERNITY("生育保险"),
  /** 综合: registration, collection, statistics, audit (管理、征缴、统计、稽核). */
  GENERAL("综合");

  private final String chineseName;

  InsuranceLine(String chineseName) {
    this.chineseName = chineseName;
  }

  /** {@return the line's name in Chinese} */
  public String chineseName() {
    return chineseName;
  }
}
