package org.siarchive.spark;

/** A local edition extending the national one, which moves some volumes' periods. */
final class ImpactEdition {
  private ImpactEdition() {}

  static final String LOCAL =
      """
      {
        "formatVersion": 1, "scheduleId": "test-city", "edition": "2025",
        "title": "测试市社会保险业务文件材料归档范围和保管期限表", "titleEn": "Test city table",
        "effectiveFrom": "2025-01-01",
        "extends": {"scheduleId": "cn-national", "edition": "2009"},
        "source": {"regulation": "测试市规定", "documentNumber": "测试〔2025〕1号"},
        "categories": [],
        "rows": [
          {"id": "一(1)", "category": "一", "material": "参保单位登记材料", "materialEn": "Employer registration",
           "materialCodes": ["EMPLOYER-REG-FORM", "BUSINESS-LICENCE-COPY"],
           "period": "Y", "provenance": {"source": "test", "confirmed": true}},
          {"id": "一(2)", "category": "一", "material": "参保人员登记材料", "materialEn": "Person enrolment",
           "materialCodes": ["PERSON-ENROL-FORM", "ID-CARD-COPY", "LABOUR-CONTRACT"],
           "period": "D50", "provenance": {"source": "test", "confirmed": true}},
          {"id": "七(3)", "category": "七", "material": "生育保险待遇核定材料", "materialEn": "Maternity benefit",
           "materialCodes": ["MATERNITY-BENEFIT-FORM", "BIRTH-CERTIFICATE-COPY"],
           "period": "D30", "provenance": {"source": "test", "confirmed": true}}
        ]
      }
      """;
}
