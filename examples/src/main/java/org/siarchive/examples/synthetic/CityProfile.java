package org.siarchive.examples.synthetic;

import java.util.List;
import java.util.Set;
import org.siarchive.core.model.BusinessType;
import org.siarchive.core.model.RetentionPeriod;
import org.siarchive.core.model.SealKind;
import org.siarchive.core.model.SubCenter;

/**
 * The illustrative business of the synthetic city: which sub-centres exist, which business types
 * they handle and how often, and what materials a volume of each type holds. Illustrative only —
 * not a statement of any city's rules.
 */
final class CityProfile {

  /** One material of a business type. */
  record Material(String code, String name, boolean mainForm, Set<SealKind> seals, boolean colour) {}

  /** A business type, how often it occurs, its retention and its materials (main form first). */
  record Business(
      BusinessType type, String title, int weight, boolean aboutEmployer, RetentionPeriod retention,
      List<Material> materials) {}

  /** A sub-centre and its quality factor: how many times the city's base defect rates it shows. */
  record District(SubCenter subCenter, double qualityFactor, int weight) {}

  private static final Set<SealKind> BOTH = Set.of(SealKind.OFFICE_SEAL, SealKind.HANDLER_SEAL);
  private static final Set<SealKind> NONE = Set.of();

  static final List<District> DISTRICTS =
      List.of(
          district("SC01", "和平分中心", 0.4, 6),
          district("SC02", "河东分中心", 1.0, 7),
          district("SC03", "河西分中心", 0.7, 8),
          district("SC04", "南开分中心", 0.8, 9),
          district("SC05", "河北分中心", 1.3, 6),
          district("SC06", "红桥分中心", 1.8, 5),
          district("SC07", "东丽分中心", 1.1, 6),
          district("SC08", "西青分中心", 0.9, 7),
          district("SC09", "津南分中心", 1.5, 5),
          district("SC10", "北辰分中心", 1.0, 6),
          district("SC11", "武清分中心", 2.2, 6),
          district("SC12", "宝坻分中心", 1.6, 5),
          district("SC13", "滨海新区分中心", 0.6, 10),
          district("SC14", "宁河分中心", 2.6, 3),
          district("SC15", "静海分中心", 1.9, 4),
          district("SC16", "蓟州分中心", 3.0, 3));

  static final List<Business> BUSINESSES =
      List.of(
          business("GENERAL/EMPLOYER_REGISTRATION", "参保单位登记", 8, true, RetentionPeriod.PERMANENT,
              material("M-EMPLOYER-REGISTRATION-FORM", "参保单位登记表", true, BOTH, true),
              material("M-BUSINESS-LICENCE-COPY", "营业执照副本复印件", false, NONE, false),
              material("M-LEGAL-REP-ID-COPY", "法定代表人身份证复印件", false, NONE, false)),
          business("GENERAL/PERSON_ENROLMENT", "参保人员登记", 30, false, RetentionPeriod.ofYears(100),
              material("M-PERSON-ENROLMENT-FORM", "参保人员登记表", true, BOTH, true),
              material("M-ID-CARD-COPY", "居民身份证复印件", false, NONE, false),
              material("M-LABOUR-CONTRACT-COPY", "劳动合同复印件", false, NONE, false)),
          business("PENSION/BENEFIT_DETERMINATION", "养老保险待遇核定", 18, false, RetentionPeriod.ofYears(100),
              material("M-PENSION-DETERMINATION-FORM", "养老保险待遇核定表", true, BOTH, true),
              material("M-RETIREMENT-APPROVAL", "退休审批表", false, BOTH, true),
              material("M-ID-CARD-COPY", "居民身份证复印件", false, NONE, false),
              material("M-HOUSEHOLD-REGISTER-COPY", "户口簿复印件", false, NONE, false)),
          business("MEDICAL/REIMBURSEMENT", "医疗费用报销", 16, false, RetentionPeriod.ofYears(30),
              material("M-MEDICAL-REIMBURSEMENT-FORM", "医疗费用报销审批表", true, BOTH, true),
              material("M-MEDICAL-INVOICE", "医疗费用票据", false, NONE, true),
              material("M-MEDICAL-RECORD", "病历及诊断证明", false, NONE, false)),
          business("WORK_INJURY/INJURY_RECOGNITION", "工伤认定", 7, false, RetentionPeriod.ofYears(50),
              material("M-INJURY-APPLICATION-FORM", "工伤认定申请表", true, BOTH, true),
              material("M-INJURY-DECISION", "工伤认定决定书", false, BOTH, true),
              material("M-DIAGNOSIS-CERTIFICATE", "医疗诊断证明书", false, NONE, false)),
          business("UNEMPLOYMENT/BENEFIT_CLAIM", "失业保险金申领", 9, false, RetentionPeriod.ofYears(30),
              material("M-UNEMPLOYMENT-CLAIM-FORM", "失业保险金申领登记表", true, BOTH, true),
              material("M-CONTRACT-TERMINATION", "解除劳动合同证明", false, BOTH, true),
              material("M-ID-CARD-COPY", "居民身份证复印件", false, NONE, false)),
          business("MATERNITY/BENEFIT_DETERMINATION", "生育保险待遇核定", 8, false, RetentionPeriod.ofYears(10),
              material("M-MATERNITY-DETERMINATION-FORM", "生育保险待遇核定表", true, BOTH, true),
              material("M-BIRTH-CERTIFICATE-COPY", "出生医学证明复印件", false, NONE, false),
              material("M-MARRIAGE-CERTIFICATE-COPY", "结婚证复印件", false, NONE, false)),
          business("GENERAL/AUDIT", "社会保险稽核", 4, true, RetentionPeriod.ofYears(30),
              material("M-AUDIT-NOTICE", "稽核通知书", true, BOTH, true),
              material("M-AUDIT-RECORD", "稽核工作记录", false, BOTH, true),
              material("M-RECTIFICATION-OPINION", "稽核整改意见书", false, BOTH, true)));

  private CityProfile() {}

  private static District district(String id, String name, double factor, int weight) {
    return new District(new SubCenter(id, name), factor, weight);
  }

  private static Material material(String code, String name, boolean main, Set<SealKind> seals, boolean colour) {
    return new Material(code, name, main, seals, colour);
  }

  private static Business business(
      String type, String title, int weight, boolean employer, RetentionPeriod retention, Material... materials) {
    return new Business(BusinessType.parse(type), title, weight, employer, retention, List.of(materials));
  }
}
