package org.siarchive.examples;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.model.Volume;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.rules.SamplingTables;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.DefectCatalogue;
import org.siarchive.rules.quality.RunSummary;
import org.siarchive.rules.quality.Suite;
import org.siarchive.rules.quality.VolumeResult;
import org.siarchive.rules.report.QualityReport;
import org.siarchive.rules.report.ReportBuilder;
import org.siarchive.rules.retention.Edition;
import org.siarchive.rules.retention.RetentionSchedules;
import org.siarchive.sampling.iso2859.Aql;
import org.siarchive.sampling.iso2859.InspectionLevel;
import org.siarchive.sampling.iso2859.InspectionSeverity;
import org.siarchive.sampling.iso2859.SamplingPlan;
import org.siarchive.sampling.selection.SamplingRecord;

/**
 * Launched by {@link ModulePathLaunchTest} in a JVM of its own, with the published modules on the
 * module path: decodes a volume (Jackson reflects into the model) and validates it with Hibernate
 * Validator, as a host on the module path would.
 */
public final class ModuleProbe {
  private ModuleProbe() {}

  public static void main(String[] args) {
    Module core = ArchiveJson.class.getModule();
    if (!core.isNamed()) {
      throw new IllegalStateException("archive-core is not on the module path");
    }
    Volume v = SyntheticCity.of(1L).volume(0).volume();
    Volume again = ArchiveJson.readVolume(ArchiveJson.writeVolume(v));
    if (!again.equals(v)) {
      throw new IllegalStateException("round trip failed");
    }
    Module rules = MaterialRules.class.getModule();
    if (!rules.isNamed()) {
      throw new IllegalStateException("archive-rules is not on the module path");
    }
    CheckContext context = CheckContext.builder(MaterialRules.bundledIllustrative()).build();
    int defects =
        Suite.from(context).check(SyntheticCity.of(1L).volume(0).volume(), context).size();
    ReportBuilder report = ReportBuilder.of(context);
    report.checked(VolumeResult.of(1, SyntheticCity.of(1L).volume(0).volume(), List.of()));
    RunSummary summary = new RunSummary(1, 1, 0, 0, Map.of(), "all", context.editions(), List.of());
    QualityReport built = report.build(summary, null);
    QualityReport read =
        QualityReport.read(
            new ByteArrayInputStream(ArchiveJson.write(built).getBytes(StandardCharsets.UTF_8)),
            "probe");
    System.out.println(
        "module "
            + rules.getName()
            + ": "
            + String.join(", ", context.editions())
            + "; defect catalogue of "
            + DefectCatalogue.bundled().types().size()
            + " codes; defects "
            + defects
            + "; report round trip "
            + read.equals(built));
    // Retention: the bundled edition is a digest-checked resource of the rules module; an edition
    // is loaded through Jackson and Hibernate Validator, which reflect into non-exported packages.
    RetentionSchedules schedules = RetentionSchedules.withBundledEditions();
    String shown = schedules.edition(RetentionSchedules.NATIONAL, "2009").toJson();
    Edition loaded =
        RetentionSchedules.empty()
            .load(new ByteArrayInputStream(shown.getBytes(StandardCharsets.UTF_8)), "shown.json");
    String bad =
        shown.replace("\"materialEn\" : \"Internal control materials\"", "\"materialEn\" : \" \"");
    String refusal = "none";
    try {
      RetentionSchedules.empty()
          .load(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad.json");
    } catch (RuntimeException e) {
      refusal = e.getMessage();
    }
    System.out.println(
        "module "
            + rules.getName()
            + ": "
            + loaded.ref()
            + " rows "
            + loaded.rows().size()
            + ", expires "
            + schedules
                .rulesInForce(RetentionSchedules.NATIONAL, LocalDate.of(2026, 1, 1))
                .disposition("八(2)", LocalDate.of(2012, 5, 4))
                .expires()
                .orElseThrow()
            + ", refused "
            + refusal);
    // Transfer: the lifecycle table is a digest-checked resource validated by Hibernate Validator;
    // SM3 comes from Bouncy Castle's named module; the ledger's tree head is read back by Jackson.
    org.siarchive.core.transfer.LifecycleTable lifecycle =
        org.siarchive.core.transfer.LifecycleTable.bundled();
    org.siarchive.core.ledger.Ledger ledger =
        org.siarchive.core.ledger.Ledger.open(
            org.siarchive.core.ledger.LedgerStore.inMemory(),
            org.siarchive.core.ledger.HashAlgorithm.SM3);
    org.siarchive.core.transfer.Transfers transfers =
        org.siarchive.core.transfer.Transfers.of(
            lifecycle,
            new org.siarchive.core.transfer.Roster(
                List.of(
                    new org.siarchive.core.transfer.Person(
                        "p1",
                        "A",
                        java.util.Set.of(org.siarchive.core.transfer.Role.ARCHIVIST),
                        "SC01"))),
            ledger,
            java.time.Clock.systemUTC());
    transfers.open(
        "B1",
        "SC01",
        2,
        new org.siarchive.core.transfer.VolumeSet(List.of("V1"), "0".repeat(64)),
        "p1");
    org.siarchive.core.ledger.TreeHead head =
        org.siarchive.core.ledger.TreeHead.read(
            new ByteArrayInputStream(ledger.head().toJson().getBytes(StandardCharsets.UTF_8)),
            "head");
    System.out.println(
        "module "
            + core.getName()
            + ": lifecycle "
            + lifecycle.ref()
            + ", SM3(abc) "
            + org.siarchive.core.ledger.HashAlgorithm.SM3.hashHex(
                "abc".getBytes(StandardCharsets.US_ASCII))
            + ", ledger of "
            + head.treeSize()
            + " verified "
            + org.siarchive.core.transfer.Transfers.verify(ledger.store(), head, lifecycle)
                .isValid());
    // archive-rules assembles the ISO 2859 tables from the data artifact's named module.
    SamplingPlan plan =
        SamplingTables.iso2859()
            .plan(1000, InspectionLevel.parse("II"), Aql.parse("1.0"), InspectionSeverity.NORMAL);
    SamplingRecord record = SamplingRecord.draw("seed", List.of("a", "b", "c", "d"), 2);
    System.out.println(
        "module "
            + SamplingPlan.class.getModule().getName()
            + ": plan "
            + plan.planLetter()
            + " "
            + plan.sampleSize()
            + " "
            + plan.acceptanceNumber()
            + "/"
            + plan.rejectionNumber()
            + ", draw verified "
            + record.verify(List.of("d", "c", "b", "a")).isVerified());
    // After the library's first use (which quiets Hibernate Validator's INFO line), validated
    // as a host without the expression language would: parameters interpolated, no EL.
    try (ValidatorFactory f =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()) {
      int violations = f.getValidator().validate(again).size();
      System.out.println(
          "module " + core.getName() + ": decoded " + again.id() + ", violations " + violations);
    }
  }
}
