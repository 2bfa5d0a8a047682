package org.siarchive.examples;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.model.Volume;
import org.siarchive.examples.synthetic.SyntheticCity;

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
  }
}
