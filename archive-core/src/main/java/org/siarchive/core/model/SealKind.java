package org.siarchive.core.model;

/**
 * The seals a business material must carry (article §3.1).
 *
 * <pre>{@code
 * SealKind.OFFICE_SEAL.chineseName();  // "分中心经办专用章"
 * }</pre>
 *
 * @since 0.1.0
 */
public enum SealKind {
  /** The sub-centre's business seal, 分中心经办专用章. */
  OFFICE_SEAL("分中心经办专用章"),
  /** The case handler's personal seal, 经办人章. */
  HANDLER_SEAL("经办人章");

  private final String chineseName;

  SealKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** {@return the seal's name in Chinese} */
  public String chineseName() {
    return chineseName;
  }
}
