package org.siarchive.examples;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.model.Volume;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.sampling.iso2859.Aql;
import org.siarchive.sampling.iso2859.Inspection;
import org.siarchive.sampling.iso2859.InspectionLevel;
import org.siarchive.sampling.iso2859.Iso2859Tables;
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
    try (ValidatorFactory f = Validation.buildDefaultValidatorFactory()) {
      int violations = f.getValidator().validate(again).size();
      System.out.println("module " + core.getName() + ": decoded " + again.id() + ", violations " + violations);
    }
    // archive-sampling reads its bundled tables from inside its named module.
    SamplingPlan plan =
        Iso2859Tables.bundled()
            .plan(1000, InspectionLevel.parse("II"), Aql.parse("1.0"), Inspection.NORMAL);
    SamplingRecord record = SamplingRecord.draw("seed", List.of("a", "b", "c", "d"), 2);
    System.out.println(
        "module " + Iso2859Tables.class.getModule().getName() + ": plan " + plan.planLetter() + " "
            + plan.sampleSize() + " " + plan.acceptanceNumber() + "/" + plan.rejectionNumber()
            + ", draw verified " + record.verify(List.of("d", "c", "b", "a")).isVerified());
  }
}
