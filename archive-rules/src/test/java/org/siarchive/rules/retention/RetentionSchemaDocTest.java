package org.siarchive.rules.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The example in RETENTION-SCHEMA.md is a valid edition and behaves as the document says. */
class RetentionSchemaDocTest {

  @Test
  void documentedExample_loadsOverTheNationalEdition() throws Exception {
    String doc = Files.readString(Path.of("RETENTION-SCHEMA.md"));
    Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    assertThat(m.find()).as("a ```json example").isTrue();
    RetentionSchedules s = RetentionSchedules.withBundledEditions();
    Edition e = s.load(Fixtures.stream(m.group(1)), "RETENTION-SCHEMA.md example");
    assertThat(e.ref()).isEqualTo(EditionRef.of("tianjin", "2021"));
    assertThat(e.row("一(4)").orElseThrow().period().code()).isEqualTo("D30");
    assertThat(e.row("一(1)")).isEqualTo(s.edition(RetentionSchedules.NATIONAL, "2009").row("一(1)"));
    RetentionRules rules = s.rules(e, Fixtures.TODAY);
    assertThat(((Classification.Undecided) rules.classifyRow("十(2)")).reason())
        .isEqualTo(Classification.Reason.PERIOD_UNKNOWN);
    assertThat(((Classification.Undecided) rules.classifyRow("十(3)")).reason())
        .as("category 十 lists all its rows")
        .isEqualTo(Classification.Reason.NO_SUCH_ROW);
    Disposition d = rules.disposition("八(2)", java.time.LocalDate.of(2012, 5, 4));
    assertThat(d.retentionStart()).hasToString("2013-01-01");
    assertThat(d.expires()).map(Object::toString).contains("2042-12-31");
    assertThat(d.appraisalFrom()).map(Object::toString).contains("2043-01-01");
  }
}
