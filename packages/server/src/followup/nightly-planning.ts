import { CURRENT_PROTOCOL, addDays, type IsoDate } from '@yizhu/core';
import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../db/executor.ts';
import { ESCALATION_POLICY } from './escalation-policy.ts';
import { DEFAULT_MESSENGERS, type MessagingAdapter, type OutboundMessage } from './messaging.ts';
import { refreshControlStatus } from './refresh-control-status.ts';

export interface NightlyReport {
  today: IsoDate;
  tasksCreated: number;
  statesChanged: number;
  reminders: number;
  overdueNotified: number;
  escalated: number;
  controlStatusChanged: number;
  notifications: number;
  /** Milliseconds per step, for the bench. */
  timings: Record<string, number>;
}

const h = CURRENT_PROTOCOL.hypertension.schedule;
const d = CURRENT_PROTOCOL.t2dm.schedule;
const perProgramme = (hv: number, dv: number): RawBuilder<number> =>
  sql<number>`(CASE WHEN e.programme = 'hypertension' THEN ${hv}::int ELSE ${dv}::int END)`;

/**
 * The nightly follow-up run: plan (every active enrolment has one open task), classify tasks
 * (upcoming / due / overdue, as core followupTaskStatus), remind patients whose task came due,
 * tell doctors what went overdue, escalate long-overdue tasks, and refresh control status.
 * Set-based SQL, idempotent (safe to run twice a night, or to catch up after downtime).
 */
export async function runNightlyPlanning(
  db: Executor,
  now: Date,
  today: IsoDate,
  messengers: readonly MessagingAdapter[] = DEFAULT_MESSENGERS,
): Promise<NightlyReport> {
  const timings: Record<string, number> = {};
  const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await fn();
    timings[name] = Math.round(performance.now() - t0);
    return out;
  };
  const rows = (r: { numAffectedRows?: bigint }) => Number(r.numAffectedRows ?? 0);

  const tasksCreated = await step('plan', async () =>
    rows(
      await sql`
      INSERT INTO followup_tasks (enrolment_id, kind, scheduled_on, due_date, state)
      SELECT e.id, 'routine', base.d, base.d + ${perProgramme(h.routineIntervalDays.value, d.routineIntervalDays.value)}, 'upcoming'
      FROM followup_enrolments e
      LEFT JOIN followup_tasks t ON t.enrolment_id = e.id AND t.state IN ('upcoming','due','overdue')
      CROSS JOIN LATERAL (
        SELECT GREATEST(e.enrolled_on, COALESCE(max(c.measured_on), e.enrolled_on)) AS d
        FROM followup_checkins c
        WHERE c.patient_id = e.patient_id AND c.source = 'face_to_face' AND c.measured_on <= ${today}
      ) base
      WHERE e.status = 'active' AND t.id IS NULL
      `.execute(db),
    ),
  );

  const statesChanged = await step('classify', async () =>
    rows(
      await sql`
      UPDATE followup_tasks t SET state = s.next
      FROM (
        SELECT t2.id, CASE
          WHEN t2.due_date < ${today}::date THEN 'overdue'
          WHEN t2.due_date <= ${today}::date + ${perProgramme(h.dueSoonDays.value, d.dueSoonDays.value)} THEN 'due'
          ELSE 'upcoming' END AS next
        FROM followup_tasks t2 JOIN followup_enrolments e ON e.id = t2.enrolment_id
        WHERE t2.state IN ('upcoming','due','overdue')
      ) s
      WHERE t.id = s.id AND t.state <> s.next`.execute(db),
    ),
  );

  const messages: OutboundMessage[] = [];
  const reminders = await step('remind', async () => {
    const r = await sql<{
      task_id: string;
      org_id: string;
      patient_id: string;
      user_id: string | null;
      due_date: string;
    }>`
      WITH due AS (
        UPDATE followup_tasks t SET reminded_at = ${now}
        WHERE t.state = 'due' AND t.reminded_at IS NULL
        RETURNING t.id, t.enrolment_id, t.due_date
      )
      SELECT due.id AS task_id, e.org_id, e.patient_id, u.id AS user_id, due.due_date::text AS due_date
      FROM due JOIN followup_enrolments e ON e.id = due.enrolment_id
      LEFT JOIN users u ON u.patient_id = e.patient_id AND u.disabled_at IS NULL`.execute(db);
    for (const x of r.rows) {
      // Patients without an account are reached by SMS/WeChat adapters once those exist.
      if (!x.user_id) continue;
      messages.push({
        orgId: x.org_id,
        recipientId: x.user_id,
        kind: 'followup.reminder',
        severity: 'info',
        patientId: x.patient_id,
        taskId: x.task_id,
        zh: `您的慢病随访将于 ${x.due_date} 到期，请按时复诊或通过链接提交血压/血糖。`,
        en: `Your chronic-disease follow-up is due on ${x.due_date}. Please visit or submit your readings by link.`,
        dedupeKey: `reminder:${x.task_id}`,
        at: now,
      });
    }
    return r.rows.length;
  });

  const overdueNotified = await step('overdue', async () => {
    const r = await sql<{ doctor_id: string; org_id: string; n: string }>`
      WITH upd AS (
        UPDATE followup_tasks t SET overdue_notified_at = ${now}
        FROM followup_enrolments e
        WHERE e.id = t.enrolment_id AND t.state = 'overdue' AND t.overdue_notified_at IS NULL
        RETURNING e.doctor_id, e.org_id
      )
      SELECT doctor_id, org_id, count(*)::text AS n FROM upd GROUP BY doctor_id, org_id`.execute(db);
    let total = 0;
    for (const x of r.rows) {
      total += Number(x.n);
      messages.push({
        orgId: x.org_id,
        recipientId: x.doctor_id,
        kind: 'followup.overdue',
        severity: 'warning',
        zh: `新增 ${x.n} 位签约居民随访逾期，请在随访面板查看。`,
        en: `${x.n} contracted resident(s) newly overdue for follow-up; see the follow-up panel.`,
        dedupeKey: `overdue:${x.doctor_id}:${today}`,
        at: now,
      });
    }
    return total;
  });

  const escalated = await step('escalate', async () => {
    let total = 0;
    for (const level of [2, 1] as const) {
      const days = level === 1 ? ESCALATION_POLICY.level1AfterDays : ESCALATION_POLICY.level2AfterDays;
      const cutoff = addDays(today, -days);
      const r = await sql<{ recipient_id: string; org_id: string; n: string; tasks: string }>`
        WITH upd AS (
          UPDATE followup_tasks t SET escalation_level = ${level}, escalated_at = ${now}
          FROM followup_enrolments e
          WHERE e.id = t.enrolment_id AND t.state = 'overdue' AND t.escalation_level < ${level}
            AND t.due_date < ${cutoff}::date
          RETURNING e.doctor_id, e.department_id, e.org_id
        )
        SELECT rcpt.id AS recipient_id, upd.org_id, count(*)::text AS n,
          (SELECT count(*) FROM upd)::text AS tasks
        FROM upd JOIN users rcpt ON (${level} = 1 AND rcpt.id = upd.doctor_id)
          OR (${level} = 2 AND rcpt.department_id = upd.department_id AND rcpt.role = 'doctor' AND rcpt.disabled_at IS NULL)
        GROUP BY rcpt.id, upd.org_id`.execute(db);
      total += Number(r.rows[0]?.tasks ?? 0);
      for (const x of r.rows) {
        messages.push({
          orgId: x.org_id,
          recipientId: x.recipient_id,
          kind: `followup.escalation.${level}`,
          severity: 'warning',
          zh: `升级提醒：${x.n} 位居民随访逾期超过 ${days} 天${level === 2 ? '（科室内协助跟进）' : ''}。`,
          en: `Escalation: ${x.n} resident(s) overdue for more than ${days} days${level === 2 ? ' (department to help)' : ''}.`,
          dedupeKey: `escalation${level}:${x.recipient_id}:${today}`,
          at: now,
        });
      }
    }
    return total;
  });

  const controlStatusChanged = await step('control', () => refreshControlStatus(db, today));

  const notifications = await step('notify', async () => {
    let n = 0;
    for (const m of messengers) n += await m.sendMany(db, messages);
    return n;
  });

  return {
    today,
    tasksCreated,
    statesChanged,
    reminders,
    overdueNotified,
    escalated,
    controlStatusChanged,
    notifications,
    timings,
  };
}
