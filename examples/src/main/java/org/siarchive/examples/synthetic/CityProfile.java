package org.siarchive.examples.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.siarchive.core.model.BusinessType;
import org.siarchive.core.model.RetentionPeriod;
import org.siarchive.core.model.SubCenter;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.material.TypeRules;
import org.siarchive.rules.retention.Classification;
import org.siarchive.rules.retention.RetentionRules;
import org.siarchive.rules.retention.RetentionSchedules;

/**
 * The synthetic city's own figures: its sub-centres with their quality factors, and how often each
 * business type occurs. What a volume of each business type holds — main form, materials, seals,
 * what scanning needs — is not here: it comes from the bundled illustrative material rules ({@link
 * MaterialRules#bundledIllustrative()}), the one source the checks use too. Illustrative only — not
 * a statement of any city's rules.
 */
final class CityProfile {

  /** The material rules the city's volumes are formed by. */
  static final MaterialRules RULES = MaterialRules.bundledIllustrative();

  /** The national retention schedule (令第3号's attachment), as bundled, in force in 2024. */
  static final RetentionRules SCHEDULE =
      RetentionSchedules.withBundledEditions()
          .rulesInForce(RetentionSchedules.NATIONAL, LocalDate.of(2024, 12, 31));

  /**
   * A business type, how often it occurs, whether it is about an employer (else a person), the
   * retention period its volumes carry, and its rules.
   */
  record Business(TypeRules rules, int weight, boolean aboutEmployer, RetentionPeriod retention) {
    BusinessType type() {
      return rules.businessType();
    }
  }

  /** A sub-centre and its quality factor: how many times the city's base defect rates it shows. */
  record District(SubCenter subCenter, double qualityFactor, int weight) {}

  /** The city's frequency, subject and retention of each business type of the rules. */
  private record Share(int weight, boolean aboutEmployer, RetentionPeriod retention) {}

  /**
   * The city's own figures per business type. The retention given here is used only for types whose
   * rules name no schedule row (their rows are unconfirmed: an illustrative period); a type filed
   * under a row takes the row's period from the bundled national schedule.
   */
  private static final Map<BusinessType, Share> SHARES =
      Map.ofEntries(
          share("GENERAL/EMPLOYER_REGISTRATION", 8, true, RetentionPeriod.PERMANENT),
          share("GENERAL/PERSON_ENROLMENT", 26, false, RetentionPeriod.ofYears(100)),
          share("GENERAL/ACCOUNT_TRANSFER", 6, false, RetentionPeriod.ofYears(100)),
          share("GENERAL/CARD_APPLICATION", 6, false, RetentionPeriod.ofYears(50)),
          share("PENSION/BENEFIT_DETERMINATION", 16, false, RetentionPeriod.ofYears(100)),
          share("MEDICAL/EXPENSE_CLAIM", 14, false, RetentionPeriod.ofYears(30)),
          share("WORK_INJURY/BENEFIT_DETERMINATION", 6, false, RetentionPeriod.ofYears(50)),
          share("UNEMPLOYMENT/REGISTRATION", 7, false, RetentionPeriod.ofYears(30)),
          share("MATERNITY/BENEFIT_DETERMINATION", 6, false, RetentionPeriod.ofYears(10)),
          share("MATERNITY/PAYMENT_DETAIL", 2, true, RetentionPeriod.ofYears(30)),
          share("GENERAL/ANNUAL_STATISTICS", 1, true, RetentionPeriod.PERMANENT),
          share("GENERAL/AUDIT", 2, true, RetentionPeriod.ofYears(30)));

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

  /** Every business type of the rules, with the city's share of it, in the rules' order. */
  static final List<Business> BUSINESSES = businesses();

  private CityProfile() {}

  private static List<Business> businesses() {
    List<Business> list = new ArrayList<>();
    for (TypeRules t : RULES.businessTypes()) {
      Share s = SHARES.get(t.businessType());
      if (s == null) {
        throw new IllegalStateException(
            String.format(
                Locale.ROOT,
                "the city has no share for business type %s of %s",
                t.businessType(),
                RULES));
      }
      RetentionPeriod retention =
          t.retentionRow()
              .map(SCHEDULE::classifyRow)
              .filter(c -> c instanceof Classification.Classified)
              .map(c -> ((Classification.Classified) c).period())
              .orElse(s.retention());
      list.add(new Business(t, s.weight(), s.aboutEmployer(), retention));
    }
    if (list.size() != SHARES.size()) {
      throw new IllegalStateException(
          "the city has shares for business types the rules do not have");
    }
    return List.copyOf(list);
  }

  private static Map.Entry<BusinessType, Share> share(
      String type, int weight, boolean employer, RetentionPeriod p) {
    return Map.entry(BusinessType.parse(type), new Share(weight, employer, p));
  }

  private static District district(String id, String name, double factor, int weight) {
    return new District(new SubCenter(id, name), factor, weight);
  }

  /** The rules of a volume's business type; the city forms volumes of the rules' types only. */
  static TypeRules rulesOf(BusinessType type) {
    return RULES
        .rulesFor(type)
        .orElseThrow(() -> new IllegalStateException("no rules for " + type));
  }
}
