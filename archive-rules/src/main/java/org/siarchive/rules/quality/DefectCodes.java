package org.siarchive.rules.quality;

import org.siarchive.core.defect.DefectCode;

/**
 * The codes of the bundled defect catalogue, as constants for checks and hosts. The catalogue
 * ({@link DefectCatalogue#bundled()}) holds their severities, texts and references; a test proves
 * the two list the same codes.
 *
 * <pre>{@code
 * catalogue.require(DefectCodes.MAIN_FORM_MISSING).zh();  // "缺主表"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DefectCodes {
  private DefectCodes() {}

  /** Items on paper differ from the catalogue (实物件数与目录件数不符). */
  public static final DefectCode ITEM_COUNT_MISMATCH = DefectCode.of("ITEM_COUNT_MISMATCH");

  /** Main form missing (缺主表). */
  public static final DefectCode MAIN_FORM_MISSING = DefectCode.of("MAIN_FORM_MISSING");

  /** Required material missing (缺必收材料). */
  public static final DefectCode REQUIRED_MATERIAL_MISSING =
      DefectCode.of("REQUIRED_MATERIAL_MISSING");

  /** Office seal missing (缺分中心经办专用章). */
  public static final DefectCode OFFICE_SEAL_MISSING = DefectCode.of("OFFICE_SEAL_MISSING");

  /** Handler seal missing (缺经办人章). */
  public static final DefectCode HANDLER_SEAL_MISSING = DefectCode.of("HANDLER_SEAL_MISSING");

  /** Page numbers skip (页码不连续). */
  public static final DefectCode PAGE_NUMBER_GAP = DefectCode.of("PAGE_NUMBER_GAP");

  /** Page number repeated (页码重复). */
  public static final DefectCode PAGE_NUMBER_DUPLICATE = DefectCode.of("PAGE_NUMBER_DUPLICATE");

  /** Pages out of order (页码顺序错乱). */
  public static final DefectCode PAGE_NUMBER_ORDER = DefectCode.of("PAGE_NUMBER_ORDER");

  /** Page numbers do not start at 1 (页码未从1开始). */
  public static final DefectCode PAGE_NUMBER_NOT_FROM_ONE =
      DefectCode.of("PAGE_NUMBER_NOT_FROM_ONE");

  /** Page without a number (页面未编页码). */
  public static final DefectCode PAGE_UNNUMBERED = DefectCode.of("PAGE_UNNUMBERED");

  /** Registered page count differs from the paper (登记页数与实物页数不符). */
  public static final DefectCode PAGE_COUNT_MISMATCH = DefectCode.of("PAGE_COUNT_MISMATCH");

  /** Date missing (缺日期). */
  public static final DefectCode DATE_MISSING = DefectCode.of("DATE_MISSING");

  /** Date malformed or impossible (日期格式错误或不存在). */
  public static final DefectCode DATE_INVALID = DefectCode.of("DATE_INVALID");

  /** Date in the future (日期晚于当前日期). */
  public static final DefectCode DATE_IN_FUTURE = DefectCode.of("DATE_IN_FUTURE");

  /** Date before the business could exist (日期早于业务开办时间). */
  public static final DefectCode DATE_BEFORE_BUSINESS = DefectCode.of("DATE_BEFORE_BUSINESS");

  /** Catalogue row without images (目录条目无影像). */
  public static final DefectCode CATALOGUE_ITEM_NOT_IMAGED =
      DefectCode.of("CATALOGUE_ITEM_NOT_IMAGED");

  /** Images of an item not in the catalogue (影像件号不在目录中). */
  public static final DefectCode IMAGE_ITEM_NOT_CATALOGUED =
      DefectCode.of("IMAGE_ITEM_NOT_CATALOGUED");

  /** Registered page count differs from the images (登记页数与影像页数不符). */
  public static final DefectCode CATALOGUE_IMAGE_PAGE_MISMATCH =
      DefectCode.of("CATALOGUE_IMAGE_PAGE_MISMATCH");

  /** Image item count differs from the paper (影像件数与纸质件数不符). */
  public static final DefectCode IMAGE_ITEM_COUNT_MISMATCH =
      DefectCode.of("IMAGE_ITEM_COUNT_MISMATCH");

  /** Image missing (缺影像). */
  public static final DefectCode IMAGE_MISSING = DefectCode.of("IMAGE_MISSING");

  /** Resolution too low (分辨率不足). */
  public static final DefectCode IMAGE_RESOLUTION_LOW = DefectCode.of("IMAGE_RESOLUTION_LOW");

  /** Colour scan required (应彩色扫描). */
  public static final DefectCode IMAGE_COLOUR_REQUIRED = DefectCode.of("IMAGE_COLOUR_REQUIRED");

  /** Image format not allowed (影像格式不符合要求). */
  public static final DefectCode IMAGE_FORMAT_NOT_ALLOWED =
      DefectCode.of("IMAGE_FORMAT_NOT_ALLOWED");

  /** Blank image (空白影像). */
  public static final DefectCode IMAGE_BLANK = DefectCode.of("IMAGE_BLANK");

  /** Image illegible (影像不清晰). */
  public static final DefectCode IMAGE_ILLEGIBLE = DefectCode.of("IMAGE_ILLEGIBLE");

  /** Page scanned twice (重复扫描). */
  public static final DefectCode IMAGE_DUPLICATE = DefectCode.of("IMAGE_DUPLICATE");

  /** Archival code malformed (档号格式错误). */
  public static final DefectCode ARCHIVAL_CODE_MALFORMED = DefectCode.of("ARCHIVAL_CODE_MALFORMED");

  /** Archival code year differs from the volume (档号年度与案卷年度不符). */
  public static final DefectCode ARCHIVAL_CODE_YEAR_MISMATCH =
      DefectCode.of("ARCHIVAL_CODE_YEAR_MISMATCH");

  /** Archival code period differs from the volume (档号保管期限与案卷不符). */
  public static final DefectCode ARCHIVAL_CODE_PERIOD_MISMATCH =
      DefectCode.of("ARCHIVAL_CODE_PERIOD_MISMATCH");

  /** Image digest does not match its content (影像摘要值不符). */
  public static final DefectCode IMAGE_DIGEST_MISMATCH = DefectCode.of("IMAGE_DIGEST_MISMATCH");

  /** Image file missing (影像文件缺失). */
  public static final DefectCode IMAGE_CONTENT_MISSING = DefectCode.of("IMAGE_CONTENT_MISSING");

  /** Image sequence numbers skip (影像顺序号不连续). */
  public static final DefectCode IMAGE_SEQUENCE_GAP = DefectCode.of("IMAGE_SEQUENCE_GAP");

  /** Image sequence number repeated (影像顺序号重复). */
  public static final DefectCode IMAGE_SEQUENCE_DUPLICATE =
      DefectCode.of("IMAGE_SEQUENCE_DUPLICATE");

  /** Mandatory metadata missing (缺必填元数据). */
  public static final DefectCode METADATA_MISSING = DefectCode.of("METADATA_MISSING");

  /** Retention period differs from the schedule row (保管期限与期限表不符). */
  public static final DefectCode RETENTION_SCHEDULE_MISMATCH =
      DefectCode.of("RETENTION_SCHEDULE_MISMATCH");

  /** Business type not in the material rules (业务类型无材料规则). */
  public static final DefectCode BUSINESS_TYPE_UNKNOWN = DefectCode.of("BUSINESS_TYPE_UNKNOWN");

  /** Image file cannot be decoded (影像文件无法解码). */
  public static final DefectCode IMAGE_UNREADABLE = DefectCode.of("IMAGE_UNREADABLE");

  /** Image pixels not checked: no decoder for its format here (影像未能逐像素检查). */
  public static final DefectCode IMAGE_NOT_DECODED = DefectCode.of("IMAGE_NOT_DECODED");

  /** Image file format differs from the record (影像实际格式与登记不符). */
  public static final DefectCode IMAGE_FORMAT_MISMATCH = DefectCode.of("IMAGE_FORMAT_MISMATCH");

  /** Image file size differs from the record (影像文件大小与登记不符). */
  public static final DefectCode IMAGE_SIZE_MISMATCH = DefectCode.of("IMAGE_SIZE_MISMATCH");

  /** Image pixel size differs from the record (影像像素尺寸与登记不符). */
  public static final DefectCode IMAGE_PIXEL_SIZE_MISMATCH =
      DefectCode.of("IMAGE_PIXEL_SIZE_MISMATCH");

  /** Image resolution in the file differs from the record (影像分辨率与登记不符). */
  public static final DefectCode IMAGE_DPI_MISMATCH = DefectCode.of("IMAGE_DPI_MISMATCH");

  /** Colour mode of the pixels differs from the record (影像色彩模式与登记不符). */
  public static final DefectCode IMAGE_COLOUR_MODE_MISMATCH =
      DefectCode.of("IMAGE_COLOUR_MODE_MISMATCH");

  /** Blank image not flagged blank (空白影像未标记). */
  public static final DefectCode IMAGE_BLANK_NOT_FLAGGED = DefectCode.of("IMAGE_BLANK_NOT_FLAGGED");

  /** Image flagged blank has content (非空白影像被标记为空白). */
  public static final DefectCode IMAGE_BLANK_FLAG_WRONG = DefectCode.of("IMAGE_BLANK_FLAG_WRONG");

  /** Image skewed beyond DA/T 31's 3° (影像歪斜). */
  public static final DefectCode IMAGE_SKEWED = DefectCode.of("IMAGE_SKEWED");

  /** Seal recorded on paper not visible in the item's images (纸质有章但影像不见印章). */
  public static final DefectCode IMAGE_SEAL_NOT_VISIBLE = DefectCode.of("IMAGE_SEAL_NOT_VISIBLE");

  /** Seal visible in an image but not recorded on paper (影像有印章但纸质未记录). */
  public static final DefectCode IMAGE_SEAL_NOT_RECORDED = DefectCode.of("IMAGE_SEAL_NOT_RECORDED");
}
