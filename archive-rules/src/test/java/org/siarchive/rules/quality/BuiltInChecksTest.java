package org.siarchive.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.defect.Severity;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.Language;

/**
 * A test per defect code: the smallest clean volume on which the breakage applies shows no defect;
 * broken, it shows exactly the codes the breakage declares.
 */
class BuiltInChecksTest {
  private static final Suite ALL = Suite.from(CleanVolumes.CONTEXT);

  static Stream<Breakage> breakages() {
    return Breakage.ALL.stream();
  }

  /** The clean volume with the fewest images on which the breakage applies. */
  static Volume smallestFor(Breakage b) {
    Volume best = null;
    for (int type = 0; type < CleanVolumes.RULES.businessTypes().size(); type++) {
      for (long seed = 0; seed < 12; seed++) {
        Volume v = CleanVolumes.of(type, seed);
        if (b.applicable().test(v) && (best == null || v.images().size() < best.images().size())) {
          best = v;
        }
      }
    }
    return best;
  }

  private static Set<DefectCode> codes(List<Defect> defects) {
    return defects.stream().map(Defect::code).collect(Collectors.toCollection(TreeSet::new));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakages")
  void breakage_onSmallestVolume_yieldsExactlyItsCodes(Breakage b) {
    Volume clean = smallestFor(b);
    assertThat(clean).as("an applicable clean volume for %s", b).isNotNull();
    assertThat(ALL.check(clean, CleanVolumes.CONTEXT)).as("clean %s", clean.id()).isEmpty();

    List<Defect> found = ALL.check(b.apply().apply(clean), CleanVolumes.CONTEXT);

    assertThat(codes(found)).as(b.name()).isEqualTo(new TreeSet<>(b.expected()));
  }

  @Test
  void everyCatalogueCode_isShownByABreakageOrTheContentTests() {
    // RETENTION_SCHEDULE_MISMATCH has a breakage; the content codes have tests of their own below.
    Set<DefectCode> shown = new HashSet<>();
    Breakage.ALL.forEach(b -> shown.addAll(b.expected()));
    shown.add(DefectCodes.IMAGE_DIGEST_MISMATCH);
    shown.add(DefectCodes.IMAGE_CONTENT_MISSING);
    // The checks of the files themselves: ImageFilesTest here, and examples'
    // SyntheticImagesQualityTest over rendered volumes.
    shown.addAll(ImageFileCheck.INSTANCE.codes());
    shown.addAll(ImageSealCheck.INSTANCE.codes());
    assertThat(shown).containsAll(DefectCatalogue.bundled().codesFor(Stage.ALL));
  }

  @Test
  void everyCode_thatABuiltInCheckDeclares_isInTheCatalogue_andBack() {
    Set<DefectCode> declared = new HashSet<>();
    BuiltInChecks.all().forEach(c -> declared.addAll(c.codes()));
    assertThat(declared).isEqualTo(DefectCatalogue.bundled().codesFor(Stage.ALL));
  }

  @Test
  void defect_takesItsSeverityFromTheCatalogue_andItsMessageRendersEveryArgument() {
    Breakage seal =
        Breakage.ALL.stream()
            .filter(b -> b.name().equals("date in the future"))
            .findFirst()
            .orElseThrow();
    Volume broken = seal.apply().apply(smallestFor(seal));
    Defect d = ALL.check(broken, CleanVolumes.CONTEXT).get(0);

    assertThat(d.severity()).isEqualTo(Severity.MAJOR);
    assertThat(d.location()).isEqualTo(Location.item(broken.id(), 1));
    assertThat(DefectCatalogue.bundled().message(d, Language.EN))
        .isEqualTo("date 20260602 is after the day of the check, 2026-06-01");
    assertThat(DefectCatalogue.bundled().message(d, Language.ZH))
        .isEqualTo("日期20260602晚于检查日2026-06-01");
  }

  @Test
  void everyDefectOfEveryBreakage_givesExactlyTheArgumentsItsRowDeclares() {
    for (Breakage b : Breakage.ALL) {
      for (Defect d : ALL.check(b.apply().apply(smallestFor(b)), CleanVolumes.CONTEXT)) {
        assertThat(List.copyOf(d.arguments().keySet()))
            .as("%s from %s", d.code(), b)
            .isEqualTo(DefectCatalogue.bundled().require(d.code()).arguments());
      }
    }
  }

  @Test
  void digestCheck_withoutContentSource_isNotPerformed_andSaysSo() {
    Volume v = CleanVolumes.of(0, 1);
    assertThat(ALL.notPerformed(CleanVolumes.CONTEXT))
        .extracting(Check::id)
        .containsExactly("images.content", "images.file", "images.seals");
    assertThat(ALL.check(v, CleanVolumes.CONTEXT)).isEmpty();
  }

  @Test
  void retentionCheck_withoutASchedule_isNotPerformed_andWithOne_namesRowPeriodAndEdition() {
    CheckContext noSchedule = CleanVolumes.CONTEXT.toBuilder().retention(null).build();
    assertThat(ALL.notPerformed(noSchedule))
        .extracting(Check::id)
        .containsExactly("volume.retention", "images.content", "images.file", "images.seals");
    assertThat(noSchedule.editions()).hasSize(2);
    assertThat(CleanVolumes.CONTEXT.editions())
        .last()
        .isEqualTo("retention-schedule cn-national 2009");

    Volume enrolment = CleanVolumes.of(1, 3);
    assertThat(enrolment.businessType()).hasToString("GENERAL/PERSON_ENROLMENT");
    Volume wrong =
        enrolment.toBuilder()
            .retention(org.siarchive.core.model.RetentionPeriod.ofYears(30))
            .build();
    Defect d =
        ALL.check(wrong, CleanVolumes.CONTEXT).stream()
            .filter(x -> x.code().equals(DefectCodes.RETENTION_SCHEDULE_MISMATCH))
            .findFirst()
            .orElseThrow();
    assertThat(DefectCatalogue.bundled().message(d, Language.EN))
        .isEqualTo(
            "the volume is kept 30 years, row 一(2) of schedule cn-national 2009 says 100 years");
    assertThat(ALL.check(wrong, noSchedule))
        .extracting(Defect::code)
        .doesNotContain(DefectCodes.RETENTION_SCHEDULE_MISMATCH);
  }

  @Test
  void digestCheck_withContentSource_findsMissingAndAlteredFiles_andPassesTrueOnes() {
    Volume v = CleanVolumes.of(0, 1);
    assertThat(v.images()).hasSizeGreaterThanOrEqualTo(2);
    Map<Integer, byte[]> files = new HashMap<>();
    for (PageImage img : v.images()) {
      files.put(img.sequence(), (v.id() + "#" + img.sequence()).getBytes(StandardCharsets.UTF_8));
    }
    files.remove(1);
    files.put(2, "tampered".getBytes(StandardCharsets.UTF_8));
    CheckContext context =
        CleanVolumes.CONTEXT.toBuilder()
            .contentSource(
                (vol, img) ->
                    Optional.ofNullable(files.get(img.sequence())).map(ByteArrayInputStream::new))
            .build();

    List<Defect> found = ALL.check(v, context);

    assertThat(ALL.notPerformed(context))
        .as("a content source alone serves the digest check, not the file checks")
        .extracting(Check::id)
        .containsExactly("images.file", "images.seals");
    assertThat(found)
        .extracting(Defect::code, Defect::location)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                DefectCodes.IMAGE_CONTENT_MISSING, Location.image(v.id(), 1)),
            org.assertj.core.groups.Tuple.tuple(
                DefectCodes.IMAGE_DIGEST_MISMATCH, Location.image(v.id(), 2)));
    assertThat(found.get(1).arguments())
        .containsEntry("recorded", v.images().get(1).sha256().substring(0, 12));
  }

  @Test
  void auditPost_checksOneNewImage_againstTheImagesBefore() {
    Volume v = CleanVolumes.of(0, 1);
    Suite audit = Suite.from(CleanVolumes.CONTEXT.toBuilder().stage(Stage.AUDIT_POST).build());
    PageImage rescan =
        Breakage.copy(v.images().get(0), v.images().size() + 1, v.images().get(0).sha256());

    assertThat(audit.checkImage(v, v.images().get(0), CleanVolumes.CONTEXT)).isEmpty();
    assertThat(audit.checkImage(v, rescan, CleanVolumes.CONTEXT))
        .extracting(Defect::code)
        .containsExactly(DefectCodes.IMAGE_DUPLICATE);
  }

  @Test
  void ids_nameTheScopeTheyCheck_inRunningOrder_andFindTheirCheck() {
    // The volume, its paper, its catalogue, then its images (BuiltInChecks' running order).
    List<String> scopes = List.of("volume", "paper", "catalogue", "images");
    int last = 0;
    for (Check c : BuiltInChecks.all()) {
      assertThat(c.id()).matches("(volume|paper|catalogue|images)\\.[a-z]+(-[a-z]+)*");
      int scope = scopes.indexOf(c.id().substring(0, c.id().indexOf('.')));
      assertThat(scope)
          .as("%s after a check of %s", c.id(), scopes.get(last))
          .isGreaterThanOrEqualTo(last);
      last = scope;
      assertThat(BuiltInChecks.byId(c.id())).containsSame(c);
    }
  }

  @Test
  void checksNotPerformed_sayWhatTheContextLacks() {
    CheckContext bare = CleanVolumes.CONTEXT.toBuilder().retention(null).build();
    List<NotPerformed> listed = NotPerformed.of(ALL, bare);
    assertThat(listed)
        .extracting(NotPerformed::check)
        .containsExactly("volume.retention", "images.content", "images.file", "images.seals");
    assertThat(listed).allSatisfy(n -> assertThat(n.reason()).isNotBlank());
    assertThat(listed.get(0).reason()).contains("retention schedule");
    // The line NotPerformed's Javadoc gives.
    assertThat(listed.get(1).toText())
        .isEqualTo("not performed: images.content (no image files were given (a content source))");
    assertThat(
            NotPerformed.of(ALL, bare.toBuilder().imageFiles((v, i) -> Optional.empty()).build()))
        .extracting(NotPerformed::check)
        .containsExactly("volume.retention");
    // A host's check that gives no reason of its own.
    Check host =
        new Check() {
          @Override
          public String id() {
            return "host.never";
          }

          @Override
          public Set<DefectCode> codes() {
            return Set.of();
          }

          @Override
          public boolean performedWith(CheckContext context) {
            return false;
          }

          @Override
          public void check(Inspection in, Findings findings) {}
        };
    assertThat(NotPerformed.of(host, bare))
        .isEqualTo(new NotPerformed("host.never", NotPerformed.UNKNOWN_REASON));
    // From a run's figures, by id: a built-in check's own reason, any other the general one.
    RunSummary run =
        new RunSummary(0, 0, 0, 0, Map.of(), "s", List.of(), List.of("images.file", "host.never"));
    assertThat(NotPerformed.of(run, bare))
        .containsExactly(
            NotPerformed.of(ImageFileCheck.INSTANCE, bare),
            new NotPerformed("host.never", NotPerformed.UNKNOWN_REASON));
  }

  @Test
  void stages_chineseNames_areTheTermsOfTheProcedure() {
    assertThat(Stage.SELF_CHECK.chineseName()).isEqualTo("自查");
    assertThat(Stage.AUDIT_POST.chineseName()).isEqualTo("审核岗");
    assertThat(Stage.PRE_ACCEPTANCE.chineseName()).isEqualTo("预验收");
    assertThat(Stage.SUPERVISION.chineseName()).isEqualTo("监交");
    assertThat(Stage.RE_CHECK.chineseName()).isEqualTo("复核");
  }
}
