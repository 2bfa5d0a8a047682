package org.siarchive.rules.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siarchive.core.transfer.Role;

/**
 * The text, JSON and HTML forms of a hand-made simulation result of two scenarios: every cell in
 * its rounding, the definitions, and the charts' geometry computed by hand (x = 190 + (v - lo) /
 * (hi - lo) × 310 over the range of the intervals and zero).
 */
class SimulationReportsTest {
  private static final String NL = System.lineSeparator();

  private static Map<String, Interval> every(Interval i) {
    Map<String, Interval> m = new LinkedHashMap<>();
    for (Metric metric : Metric.values()) {
      m.put(metric.key(), i);
    }
    m.put(Metric.PAGES_INSPECTED.key(), new Interval(0, 0, 0));
    return m;
  }

  private static final SimulationResult RESULT =
      new SimulationResult(
          7,
          5,
          250,
          List.of(
              new ScenarioResult(
                  Scenario.of(Scenario.PHASE_1),
                  every(new Interval(10, 8, 12)),
                  Map.of(),
                  Map.of()),
              new ScenarioResult(
                  Scenario.of("phase-2"),
                  every(new Interval(0.25, 0, 1000)),
                  every(new Interval(-2, -3, -1)),
                  Map.of("daysToDetection", List.of(1.0, 2.0)))));

  @Test
  void number_roundsToThreeSignificantPlacesOrWholeThousands() {
    assertThat(SimulationReports.number(1000)).isEqualTo("1000");
    assertThat(SimulationReports.number(-1000)).isEqualTo("-1000");
    assertThat(SimulationReports.number(12345.4)).isEqualTo("12345");
    assertThat(SimulationReports.number(999.94)).isEqualTo("999.9");
    assertThat(SimulationReports.number(100)).isEqualTo("100.0");
    assertThat(SimulationReports.number(-150)).isEqualTo("-150.0");
    assertThat(SimulationReports.number(99.994)).isEqualTo("99.99");
    assertThat(SimulationReports.number(1)).isEqualTo("1.00");
    assertThat(SimulationReports.number(-2)).isEqualTo("-2.00");
    assertThat(SimulationReports.number(0.5)).isEqualTo("0.500");
    assertThat(SimulationReports.number(-0.25)).isEqualTo("-0.250");
    assertThat(SimulationReports.number(0)).isEqualTo("0.000");
    assertThat(SimulationReports.cell(new Interval(10, 8, 1000))).isEqualTo("10.00 [8.00, 1000]");
  }

  @Test
  void definitions_nameEveryMetricAndEveryRolesStaffAndWait() {
    Map<String, String> d = SimulationReports.definitions();
    assertThat(d).hasSize(Metric.values().length + 2 * Role.values().length);
    assertThat(d.keySet()).startsWith("daysToDetection");
    assertThat(d.get("daysToDetection"))
        .isEqualTo("formation to first detection of a defect, mean (days)");
    assertThat(d.get("staffDays.ARCHIVIST")).isEqualTo("person-days worked at the ARCHIVIST posts");
    assertThat(d.get("waitingDays.DIGITISER"))
        .isEqualTo("mean wait of a job in the DIGITISER posts' queues (days)");
    List<String> keys = List.copyOf(d.keySet());
    assertThat(keys.get(Metric.values().length)).isEqualTo("staffDays." + Role.values()[0].name());
    assertThat(keys.get(Metric.values().length + Role.values().length))
        .isEqualTo("waitingDays." + Role.values()[0].name());
  }

  @Test
  void text_tabulatesEachMetricAgainstEachScenario() {
    String text = SimulationReports.text(RESULT);
    assertThat(text)
        .startsWith(
            "Simulated city: seed 7, 5 replications, 250 working days of formation; mean [95%"
                + " interval]"
                + NL
                + "metric                    "
                + "                      phase-1"
                + "                      phase-2\n"
                + "daysToDetection           "
                + "          10.00 [8.00, 12.00]"
                + "          0.250 [0.000, 1000]\n");
    assertThat(text)
        .contains(
            "\npagesInspected            "
                + "         0.000 [0.000, 0.000]"
                + "         0.000 [0.000, 0.000]\n");
    assertThat(text.split("\n")).hasSize(2 + Metric.values().length);
  }

  @Test
  void json_carriesTheRunTheDefinitionsAndEachScenariosIntervals() {
    Map<String, Object> doc = SimulationReports.json(RESULT);
    assertThat(doc.keySet())
        .containsExactly("seed", "replications", "horizonDays", "definitions", "scenarios");
    assertThat(doc.get("seed")).isEqualTo(7L);
    assertThat(doc.get("replications")).isEqualTo(5);
    assertThat(doc.get("horizonDays")).isEqualTo(250);
    assertThat(doc.get("definitions")).isEqualTo(SimulationReports.definitions());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> scenarios = (List<Map<String, Object>>) doc.get("scenarios");
    assertThat(scenarios).extracting(s -> s.get("name")).containsExactly("phase-1", "phase-2");
    @SuppressWarnings("unchecked")
    Map<String, Object> metrics = (Map<String, Object>) scenarios.get(1).get("metrics");
    assertThat(metrics.get("daysToDetection"))
        .isEqualTo(Map.of("mean", 0.25, "low", 0.0, "high", 1000.0));
    @SuppressWarnings("unchecked")
    Map<String, Object> versus = (Map<String, Object>) scenarios.get(1).get("versusPhase1");
    assertThat(versus.get("daysToDetection"))
        .isEqualTo(Map.of("mean", -2.0, "low", -3.0, "high", -1.0));
    assertThat(((Map<?, ?>) scenarios.get(0).get("versusPhase1"))).isEmpty();
  }

  @Test
  void render_tabulatesAndChartsEveryMetricAndThePairedDifferences() {
    String html = SimulationHtml.render(RESULT);
    assertThat(html)
        .contains(
            "<h1>业务流程模拟 Workflow simulation: seed 7, 5 replications, 250 working days</h1>\n"
                + "<p>Each figure: the mean over the replications and its 95% Student-t"
                + " interval.</p>\n"
                + "<table>\n<tr><th class=\"l\">metric</th><th>phase-1</th><th>phase-2</th></tr>\n"
                + "<tr><td class=\"l\" title=\"formation to first detection of a defect, mean"
                + " (days)\">daysToDetection</td><td>10.00 [8.00, 12.00]</td>"
                + "<td>0.250 [0.000, 1000]</td></tr>\n")
        // From 0 to 1000 over 310: phase-1's 8 to 12 at 192.5 to 193.7, its mean 10 at 193.1.
        .contains(
            "<div class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"520\""
                + " height=\"74\" viewBox=\"0 0 520 74\" role=\"img\" aria-label=\"daysToDetection:"
                + " formation to first detection of a defect, mean (days)\">\n"
                + "<text x=\"4.0\" y=\"14.0\" text-anchor=\"start\">daysToDetection: formation to"
                + " first detection of a defect, mean (days)</text>\n"
                + "<line x1=\"190.0\" y1=\"22\" x2=\"190.0\" y2=\"70\" stroke=\"#999\"/>"
                + NL
                + "<text x=\"184.0\" y=\"38.0\" text-anchor=\"end\">phase-1</text>\n"
                + "<line x1=\"192.5\" y1=\"34\" x2=\"193.7\" y2=\"34\" stroke=\"#1f77b4\""
                + " stroke-width=\"3\"/>"
                + NL
                + "<circle cx=\"193.1\" cy=\"34\" r=\"4\" fill=\"#d62728\">"
                + "<title>10.00 [8.00, 12.00]</title></circle>"
                + NL
                + "<text x=\"516.0\" y=\"29.0\" text-anchor=\"end\">10.00</text>\n"
                + "<text x=\"184.0\" y=\"60.0\" text-anchor=\"end\">phase-2</text>\n"
                + "<line x1=\"190.0\" y1=\"56\" x2=\"500.0\" y2=\"56\" stroke=\"#1f77b4\""
                + " stroke-width=\"3\"/>"
                + NL
                + "<circle cx=\"190.1\" cy=\"56\" r=\"4\" fill=\"#d62728\">")
        // All zero: the range is widened to 0 .. 1.
        .contains(
            "<line x1=\"190.0\" y1=\"34\" x2=\"190.0\" y2=\"34\" stroke=\"#1f77b4\""
                + " stroke-width=\"3\"/>")
        .contains(
            "<h2>Paired difference against phase-1 (same volumes, defects and service"
                + " times)</h2>")
        // -3 .. 0 over 310: zero at 500, phase-2's -3 to -1 at 190 to 396.7, mean -2 at 293.3;
        // phase-1 has no difference with itself: a point at zero.
        .contains(
            "aria-label=\"daysToDetection minus phase-1\">\n"
                + "<text x=\"4.0\" y=\"14.0\" text-anchor=\"start\">daysToDetection minus"
                + " phase-1</text>\n"
                + "<line x1=\"500.0\" y1=\"22\" x2=\"500.0\" y2=\"70\" stroke=\"#999\"/>"
                + NL
                + "<text x=\"184.0\" y=\"38.0\" text-anchor=\"end\">phase-1</text>\n"
                + "<line x1=\"500.0\" y1=\"34\" x2=\"500.0\" y2=\"34\" stroke=\"#1f77b4\"")
        .contains(
            "<line x1=\"190.0\" y1=\"56\" x2=\"396.7\" y2=\"56\" stroke=\"#1f77b4\""
                + " stroke-width=\"3\"/>"
                + NL
                + "<circle cx=\"293.3\" cy=\"56\" r=\"4\" fill=\"#d62728\">"
                + "<title>-2.00 [-3.00, -1.00]</title></circle>"
                + NL
                + "<text x=\"516.0\" y=\"51.0\" text-anchor=\"end\">-2.00</text>\n");
    for (Metric m : Metric.values()) {
      String title = m.key() + ": " + m.description();
      assertThat(html)
          .contains(
              "text-anchor=\"start\">"
                  + (title.length() > 80 ? title.substring(0, 80) : title).replace("'", "&#39;")
                  + "</text>");
    }

    SimulationResult unpaired = new SimulationResult(7, 5, 250, List.of(RESULT.scenarios().get(0)));
    assertThat(SimulationHtml.render(unpaired)).doesNotContain("Paired difference");
  }

  @Test
  void scenario_isFoundByName() {
    assertThat(RESULT.scenario("phase-2").name()).isEqualTo("phase-2");
    assertThat(RESULT.scenario("phase-1").name()).isEqualTo("phase-1");
    assertThatThrownBy(() -> RESULT.scenario("phase-3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for scenario (one of [phase-1, phase-2]): phase-3");
    assertThatThrownBy(() -> RESULT.scenario("phase-2").metric("nothing"))
        .hasMessageStartingWith("Invalid value for metric (one of [daysToDetection, ");
  }

  @Test
  void render_symmetricRange_placesZeroInTheMiddle() {
    Map<String, Interval> m = every(new Interval(0, -5, 5));
    SimulationResult r =
        new SimulationResult(
            1, 2, 10, List.of(new ScenarioResult(Scenario.of("phase-2"), m, Map.of(), Map.of())));
    // From -5 to 5 over 310: zero at 190 + 155.
    assertThat(SimulationHtml.render(r))
        .contains("<h2>Each metric by scenario (dot: mean; bar: 95% interval)</h2>\n")
        .contains(
            "<line x1=\"345.0\" y1=\"22\" x2=\"345.0\" y2=\"48\" stroke=\"#999\"/>"
                + NL
                + "<text x=\"184.0\" y=\"38.0\" text-anchor=\"end\">phase-2</text>\n"
                + "<line x1=\"190.0\" y1=\"34\" x2=\"500.0\" y2=\"34\" stroke=\"#1f77b4\"");
  }
}
