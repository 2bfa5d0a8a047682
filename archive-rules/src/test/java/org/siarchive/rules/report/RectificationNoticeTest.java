package org.siarchive.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.siarchive.core.json.LineResult;
import org.siarchive.rules.quality.NotPerformed;

/** The notice's text, line by line, for a hand-made notice of each shape. */
class RectificationNoticeTest {
  private static RectificationNotice notice(
      List<RectificationNotice.NoticeVolume> volumes,
      long rejected,
      List<LineResult.Rejected> lines) {
    return new RectificationNotice(
        "SC01",
        "2026-06-01",
        "self-check",
        List.of("e1", "e2"),
        List.of(new NotPerformed("image.content", "no content source")),
        5,
        volumes,
        volumes.isEmpty()
            ? List.of()
            : List.of(
                new RectificationNotice.Guidance("A", "缺页", 2, "补齐", "add it", "§3"),
                new RectificationNotice.Guidance("B", "错号", 1, "改正", "fix it", "§4")),
        rejected,
        lines);
  }

  @Test
  void toText_listsEachVolumesDefectsThenWhatToDo() {
    RectificationNotice n =
        notice(
            List.of(
                new RectificationNotice.NoticeVolume(
                    "V1",
                    3,
                    "PENSION/APPLY",
                    List.of(
                        new RectificationNotice.NoticeDefect("A", "MAJOR", "V1/1", "缺页", "missing"),
                        new RectificationNotice.NoticeDefect("B", "MINOR", "V1/2", "错号", "wrong"))),
                new RectificationNotice.NoticeVolume(
                    "V2",
                    9,
                    "GENERAL/REGISTRATION",
                    List.of(
                        new RectificationNotice.NoticeDefect(
                            "A", "MAJOR", "V2/1", "缺页", "missing")))),
            0,
            List.of());
    assertThat(n.toText())
        .isEqualTo(
            String.join(
                "\n",
                "整改意见书 Rectification notice",
                "分中心 sub-centre: SC01    日期 date: 2026-06-01",
                "检查 suite: self-check; rules: e1; e2",
                "未执行 not performed: image.content (no content source)",
                "问题案卷 volumes with defects: 2 of 5 checked",
                "",
                "一、问题案卷明细 Volumes and their defects",
                "V1 (PENSION/APPLY, line 3)",
                "  - [MAJOR] A V1/1: 缺页 / missing",
                "  - [MINOR] B V1/2: 错号 / wrong",
                "V2 (GENERAL/REGISTRATION, line 9)",
                "  - [MAJOR] A V2/1: 缺页 / missing",
                "",
                "二、整改要求 What to do",
                "1. A 缺页 (2)",
                "   补齐",
                "   add it",
                "   依据 reference: §3",
                "2. B 错号 (1)",
                "   改正",
                "   fix it",
                "   依据 reference: §4",
                ""));
  }

  @Test
  void toText_nothingFound_saysSoAndWhetherRecordsWereRejected() {
    assertThat(notice(List.of(), 0, List.of()).toText())
        .endsWith(
            "问题案卷 volumes with defects: 0 of 5 checked\n"
                + "未发现问题，无需整改。 No defects found; nothing to rectify.\n");
    List<LineResult.Rejected> lines =
        List.of(
            new LineResult.Rejected(2, "", "not JSON"),
            new LineResult.Rejected(4, "/year", "missing"));
    assertThat(notice(List.of(), 3, lines).toText())
        .endsWith(
            "问题案卷 volumes with defects: 0 of 5 checked\n"
                + "另有 3 条记录无法读取，不能确认其是否属于本分中心，须先更正： 3 records of the file could not be"
                + " read, so whether they are this sub-centre's is unknown; correct them first:\n"
                + "  - line 2: not JSON\n"
                + "  - line 4 at /year: missing\n"
                + "  (the first 2 of 3 are listed)\n"
                + "已读取的案卷未发现问题。 No defects found in the volumes that could be read.\n");
    assertThat(notice(List.of(), 2, lines).toText()).doesNotContain("are listed");
  }
}
