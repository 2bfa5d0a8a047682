package org.siarchive.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.defect.Severity;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.rules.Language;

class MessageTemplateTest {
  private static final DefectCatalogue CATALOGUE = DefectCatalogue.bundled();

  private static String en(String code, Map<String, String> arguments) {
    return CATALOGUE.message(
        new Defect(
            DefectCode.of(code), Severity.MINOR, Location.volume("SC01-2024-000001"), arguments),
        Language.EN);
  }

  private static String list(int... numbers) {
    return Numbers.list(
        IntStream.of(numbers).boxed().collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void render_countForm_takesOneForTheCount1_andOtherForEveryOtherCount() {
    String t = "{n} {#n|page carries|pages carry} no number";
    assertThat(MessageTemplate.render(t, Map.of("n", "1"))).isEqualTo("1 page carries no number");
    assertThat(MessageTemplate.render(t, Map.of("n", "0"))).isEqualTo("0 pages carry no number");
    assertThat(MessageTemplate.render(t, Map.of("n", "2"))).isEqualTo("2 pages carry no number");
    assertThat(MessageTemplate.render(t, Map.of("n", "11"))).isEqualTo("11 pages carry no number");
    assertThat(MessageTemplate.render(t, Map.of())).isEqualTo("? pages carry no number");
  }

  @Test
  void render_listForm_takesOneForAListOfOneItem_andOtherForMore() {
    String t = "page {*m|number|numbers} {m} {*m|is|are} missing";
    assertThat(MessageTemplate.render(t, Map.of("m", list(5))))
        .isEqualTo("page number 5 is missing");
    assertThat(MessageTemplate.render(t, Map.of("m", list(1))))
        .isEqualTo("page number 1 is missing");
    assertThat(MessageTemplate.render(t, Map.of("m", list(3, 5))))
        .isEqualTo("page numbers 3, 5 are missing");
    String cut = list(IntStream.rangeClosed(1, 12).toArray());
    assertThat(MessageTemplate.render(t, Map.of("m", cut)))
        .isEqualTo("page numbers " + cut + " are missing");
  }

  @Test
  void bundledCatalogue_englishPlurals_agreeWithTheirNumbers() {
    assertThat(en("PAGE_NUMBER_GAP", Map.of("missing", list(5))))
        .isEqualTo("page number 5 is missing");
    assertThat(en("PAGE_NUMBER_GAP", Map.of("missing", list(5, 7))))
        .isEqualTo("page numbers 5, 7 are missing");
    assertThat(en("IMAGE_SEQUENCE_GAP", Map.of("missing", list(4))))
        .isEqualTo("image sequence number 4 is missing");
    assertThat(en("PAGE_UNNUMBERED", Map.of("count", "1")))
        .isEqualTo("1 page carries no page number");
    assertThat(en("CATALOGUE_IMAGE_PAGE_MISMATCH", Map.of("registered", "1", "scanned", "1")))
        .isEqualTo("1 page registered, 1 image");
    assertThat(en("CATALOGUE_IMAGE_PAGE_MISMATCH", Map.of("registered", "3", "scanned", "2")))
        .isEqualTo("3 pages registered, 2 images");
    assertThat(en("ITEM_COUNT_MISMATCH", Map.of("paper", "1", "catalogue", "2")))
        .isEqualTo("1 item on paper, 2 in the catalogue");
  }

  @Test
  void bundledCatalogue_noEnglishMessage_saysOneWithAPluralNoun_orManyWithASingularOne() {
    Pattern oneWithPlural = Pattern.compile("\\b1 (pages|images|items)\\b|numbers 5 are");
    Pattern manyWithSingular = Pattern.compile("\\b2 (page|image|item)\\b|number 5, 7 is");
    for (DefectType t : CATALOGUE.types()) {
      Map<String, String> ones = new LinkedHashMap<>();
      Map<String, String> twos = new LinkedHashMap<>();
      for (String a : t.arguments()) {
        boolean listArgument = Set.of("missing", "pages", "sequences").contains(a);
        ones.put(a, listArgument ? "5" : "1");
        twos.put(a, listArgument ? "5, 7" : "2");
      }
      String one = en(t.code(), ones);
      String two = en(t.code(), twos);
      assertThat(oneWithPlural.matcher(one).find()).as(t.code() + ": " + one).isFalse();
      assertThat(manyWithSingular.matcher(two).find()).as(t.code() + ": " + two).isFalse();
      assertThat(one + two).as(t.code()).doesNotContain("{").doesNotContain("|");
    }
  }

  @Test
  void check_refusesMalformedPluralForms_namingTheTemplate() {
    Set<String> declared = Set.of("n");
    for (String bad : Set.of("{#n|page}", "{#n|page|pages|more}", "{*n||pages}", "{#n|page|}")) {
      assertThatThrownBy(() -> MessageTemplate.check(bad, declared, "cat.json", "/defects/0"))
          .as(bad)
          .isInstanceOf(RuleDataException.class)
          .hasMessageContaining("a plural form is {#name|one|other} or {*name|one|other}");
    }
    assertThatThrownBy(() -> MessageTemplate.check("{#x|a|b}", declared, "cat.json", "/defects/0"))
        .isInstanceOf(RuleDataException.class)
        .hasMessageContaining("undeclared argument {x}");
    assertThatThrownBy(
            () -> MessageTemplate.check("{#n|a{b|c}", declared, "cat.json", "/defects/0"))
        .isInstanceOf(RuleDataException.class)
        .hasMessageContaining("unbalanced '{'");
    MessageTemplate.check("{n} {#n|a|b} {*n|c|d}", declared, "cat.json", "/defects/0");
  }

  @Test
  void check_refusesABraceInsideAName_asUnbalanced() {
    Set<String> declared = Set.of("n");
    assertThatThrownBy(() -> MessageTemplate.check("x {{n} y", declared, "cat.json", "/defects/0"))
        .isInstanceOf(RuleDataException.class)
        .hasMessageContaining("unbalanced '{' in template");
  }

  @Test
  void render_listForm_aValueWithACommaOrEllipsisAnywhere_isNotOneItem() {
    String t = "{*m|is|are}";
    assertThat(MessageTemplate.render(t, Map.of("m", "5"))).isEqualTo("is");
    assertThat(MessageTemplate.render(t, Map.of("m", ",5"))).isEqualTo("are");
    assertThat(MessageTemplate.render(t, Map.of("m", "…5"))).isEqualTo("are");
    assertThat(MessageTemplate.render(t, Map.of("m", " "))).isEqualTo("are");
  }
}
