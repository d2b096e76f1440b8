import type { Executor } from '../db/executor.ts';

/** One message to one staff member or patient account, in both languages. */
export interface OutboundMessage {
  orgId: string;
  recipientId: string;
  kind: string;
  severity: 'info' | 'warning' | 'urgent';
  patientId?: string | null;
  taskId?: string | null;
  checkinId?: string | null;
  zh: string;
  en: string;
  /** Same key → delivered once, so a job that runs twice does not notify twice. */
  dedupeKey?: string | null;
  at: Date;
}

/**
 * A delivery channel. In-app is the only one now; SMS and WeChat plug in here later. Adapters get the
 * caller's executor so an in-app message commits with the event that caused it.
 */
export interface MessagingAdapter {
  channel: string;
  sendMany(db: Executor, messages: readonly OutboundMessage[]): Promise<number>;
}

const CHUNK = 500;

/** In-app notifications: a row the recipient's panel reads (and polls). */
export const inAppMessenger: MessagingAdapter = {
  channel: 'in-app',
  async sendMany(db, messages) {
    let sent = 0;
    for (let i = 0; i < messages.length; i += CHUNK) {
      const rows = messages.slice(i, i + CHUNK).map((m) => ({
        org_id: m.orgId,
        recipient_id: m.recipientId,
        kind: m.kind,
        severity: m.severity,
        patient_id: m.patientId ?? null,
        task_id: m.taskId ?? null,
        checkin_id: m.checkinId ?? null,
        message_zh: m.zh,
        message_en: m.en,
        dedupe_key: m.dedupeKey ?? null,
        created_at: m.at,
      }));
      const r = await db
        .insertInto('notifications')
        .values(rows)
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .executeTakeFirst();
      sent += Number(r.numInsertedOrUpdatedRows ?? 0);
    }
    return sent;
  },
};

export const DEFAULT_MESSENGERS: readonly MessagingAdapter[] = [inAppMessenger];
