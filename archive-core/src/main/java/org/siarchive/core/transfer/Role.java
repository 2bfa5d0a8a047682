package org.siarchive.core.transfer;

/**
 * The roles people hold in the transfer of archives (DOMAIN.md §1). The names are a contract: they
 * appear in rosters, lifecycle tables, ledger events and refusals.
 *
 * @since 0.1.0
 */
public enum Role {
  /** 经办人员: handles a business case and scans its materials as they arise. */
  CASE_HANDLER,
  /** 档案管理人员: arranges volumes, self-checks, files transfer requests, rectifies. */
  ARCHIVIST,
  /** 档案辅助人员: helps with scanning, arranging and the self-check only (article §3.3). */
  ARCHIVE_ASSISTANT,
  /** 审核岗: audits each electronic image as it is generated (article §3.1). */
  AUDIT_POST,
  /** 验收岗: at the archive centre; spot-checks, accepts (phase 1) or pre-accepts (phase 2). */
  ACCEPTANCE_POST,
  /** 复核岗: re-checks 10-30% of what the acceptance post passed (phase 1). */
  RECHECK_POST,
  /** 分管领导: supervises the hand-over of the own sub-centre's batches (phase 2, 监交). */
  SUPERVISING_LEADER,
  /** 库房管理: collects, receives and stores the paper. */
  STORAGE_KEEPER,
  /** 数字化: scans, checks and links images at the centre (phase 1). */
  DIGITISER
}
