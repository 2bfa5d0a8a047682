package org.siarchive.rules.quality;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The stages at which the article's workflow looks for defects. Which defects each stage looks for
 * is data: the {@code stages} of each row of the {@link DefectCatalogue}. {@link #ALL} runs every
 * check.
 *
 * <pre>{@code
 * Stage.parse("pre-acceptance");  // PRE_ACCEPTANCE
 * Stage.AUDIT_POST.id();          // "audit-post"
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Stage {
  /** The sub-centre's self-check of paper and images before the transfer request (自查, §2.1). */
  SELF_CHECK("self-check", "自查"),
  /** The audit post checking each image as it is made (审核岗, §3.1). */
  AUDIT_POST("audit-post", "审核岗"),
  /** The archive centre's pre-acceptance of images against the catalogue (预验收, §2.2). */
  PRE_ACCEPTANCE("pre-acceptance", "预验收"),
  /** The supervising leader's spot check of paper, images and catalogue (监交, §2.3). */
  SUPERVISION("supervision", "监交"),
  /** The re-check post's re-check of accepted volumes (复核, phase 1). */
  RE_CHECK("re-check", "复核"),
  /** Every check. */
  ALL("all", "全部");

  private final String id;
  private final String chineseName;

  Stage(String id, String chineseName) {
    this.id = id;
    this.chineseName = chineseName;
  }

  /** {@return the stage's id on the command line and in data, e.g. {@code "audit-post"}} */
  @JsonValue
  public String id() {
    return id;
  }

  /** {@return the stage's name in Chinese} */
  public String chineseName() {
    return chineseName;
  }

  /**
   * {@return the stage with that id}
   *
   * @param text the stage's id, e.g. {@code pre-acceptance}
   * @throws IllegalArgumentException naming the valid ids and the text
   */
  @JsonCreator
  public static Stage parse(String text) {
    for (Stage s : values()) {
      if (s.id.equals(text)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "Invalid value for stage (one of %s): %s",
            Arrays.stream(values()).map(Stage::id).collect(Collectors.joining(", ")),
            text));
  }
}
