/**
 * When an overdue follow-up is escalated. Project convention (not in the 2017 standard, which fixes
 * only the visit count and the 2-week recheck/referral windows): confirm with the clinic.
 */
export const ESCALATION_POLICY = {
  id: 'yizhu-followup-escalation',
  version: '1',
  verification: 'project' as const,
  /** Overdue this many days → escalation level 1: the responsible doctor is told again. */
  level1AfterDays: 14,
  /** Overdue this many days → level 2: every doctor of the department is told (cover the panel). */
  level2AfterDays: 30,
  /** How long a patient check-in link stays valid. */
  checkinLinkDays: 30,
  /** A client clock this far from the server's is flagged as skewed. */
  clientSkewMinutes: 10,
} as const;
