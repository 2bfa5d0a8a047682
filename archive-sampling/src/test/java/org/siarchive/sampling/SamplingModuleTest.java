package org.siarchive.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module's boundary: exports only API packages and requires no other siarchive module. */
class SamplingModuleTest {

  @Test
  void module_exportsOnlyApiPackages_andRequiresNoSiarchiveModule() {
    Module module = SamplingException.class.getModule();
    assertThat(module.isNamed()).as("tests run on the module path").isTrue();
    ModuleDescriptor d = module.getDescriptor();
    assertThat(d.name()).isEqualTo("org.siarchive.sampling");
    assertThat(
            d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "org.siarchive.sampling",
            "org.siarchive.sampling.size",
            "org.siarchive.sampling.iso2859",
            "org.siarchive.sampling.allocation",
            "org.siarchive.sampling.selection");
    assertThat(d.requires().stream().map(ModuleDescriptor.Requires::name))
        .noneMatch(name -> name.startsWith("org.siarchive"))
        .contains("com.google.common", "org.apache.commons.statistics.distribution");
    assertThat(d.packages())
        .contains("org.siarchive.sampling.internal.json", "org.siarchive.sampling.internal.tail");
  }
}
