/**
 * What a quality run produces for people: the quality analysis report (质量分析报告, {@link
 * org.siarchive.rules.report.QualityReport}, built by {@link
 * org.siarchive.rules.report.ReportBuilder}, rendered by {@link
 * org.siarchive.rules.report.ReportText} and {@link org.siarchive.rules.report.ReportHtml}) and the
 * rectification notice per sub-centre (整改意见书, {@link
 * org.siarchive.rules.report.RectificationNotice}, built by {@link
 * org.siarchive.rules.report.NoticeBuilder}). Reports name the rule editions that produced them;
 * they hold codes, counts, volume ids and defect arguments, never a personal identifier unmasked.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
@NullMarked
package org.siarchive.rules.report;

import org.jspecify.annotations.NullMarked;
