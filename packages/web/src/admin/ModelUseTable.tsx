import { useTranslation } from 'react-i18next';
import type { ModelUse } from './metrics-types.ts';

type Cell = number | null;
interface Row {
  key: string;
  label: string;
  cells: [Cell, Cell, Cell];
  sub?: boolean;
}

const ROWS = [
  'items',
  'configured',
  'called',
  'used',
  'proposed',
  'accepted',
  'unchanged',
  'rejected',
] as const;
type RowKey = (typeof ROWS)[number] | 'dropped' | 'raised' | 'failed';

/** A reason's count in one column: null where that stage has no such reason (shown as —). */
const reasonCells = (maps: Record<string, number>[], reason: string): [Cell, Cell, Cell] =>
  maps.map((m) => (Object.hasOwn(m, reason) ? m[reason]! : null)) as [Cell, Cell, Cell];

/** Reasons with a count somewhere, in first-seen order: the table stays short when all went well. */
const reasonsSeen = (maps: Record<string, number>[]) => [
  ...new Set(maps.flatMap((m) => Object.keys(m).filter((k) => m[k]! > 0))),
];

/**
 * "AI model use" (issue 9): what the language model proposed in drafts, pre-consultations and lab
 * explanations, what verification kept or refused (by reason), and when the model failed.
 */
export function ModelUseTable({ use }: { use: ModelUse }) {
  const { t, i18n } = useTranslation();
  const d = use.drafts;
  const p = use.prechecks;
  const l = use.labExplanations;
  const label = (key: RowKey) => t(`metrics.model.row.${key}` as 'metrics.model.row.items');
  const reasonLabel = (base: string, code: string) =>
    i18n.exists(`${base}.${code}`) ? t(`${base}.${code}` as 'metrics.model.title') : code;

  const counts: Record<(typeof ROWS)[number], [Cell, Cell, Cell]> = {
    items: [d.generated, p.finished, l.created],
    configured: [d.modelConfigured, p.modelConfigured, l.modelConfigured],
    called: [d.modelCalled, p.modelCalled, l.modelCalled],
    used: [d.modelUsed, p.modelUsed, l.modelUsed],
    proposed: [d.sentencesProposed, p.findingsProposed, null], // lab rewording does not count answers
    accepted: [d.sentencesAccepted, p.findingsAccepted, l.sentencesAccepted],
    // A sentence answered with its own wording verifies but changes nothing (drafts count it).
    unchanged: [d.sentencesUnchanged, null, null],
    rejected: [d.sentencesRejected, p.findingsRejected, l.sentencesRejected],
  };
  const rejections = [d.rejections, p.rejections, l.rejections];
  const failures = [d.failures, p.failures, l.failures];
  const rows: Row[] = [
    ...ROWS.map((key) => ({ key, label: label(key), cells: counts[key] })),
    ...reasonsSeen(rejections).map((r) => ({
      key: `rejected-${r}`,
      label: reasonLabel('metrics.model.reason', r),
      cells: reasonCells(rejections, r),
      sub: true,
    })),
    { key: 'dropped', label: label('dropped'), cells: [d.droppedAtFinalVerify, null, null] },
    { key: 'raised', label: label('raised'), cells: [null, p.raisedTriage, null] },
    { key: 'failed', label: label('failed'), cells: [d.failed, p.failed, l.failed] },
    ...reasonsSeen(failures).map((r) => ({
      key: `failed-${r}`,
      label: reasonLabel('workspace.llm.reason', r),
      // Every stage can fail every way: a missing key is a count of 0, not "not applicable".
      cells: failures.map((m) => m[r] ?? 0) as [Cell, Cell, Cell],
      sub: true,
    })),
  ];

  return (
    <section className="metrics-model" aria-labelledby="metrics-model-title">
      <h2 id="metrics-model-title">{t('metrics.model.title')}</h2>
      <table className="metrics-model-table" data-testid="model-use">
        <thead>
          <tr>
            <th scope="col">{t('metrics.model.col.metric')}</th>
            <th scope="col">{t('metrics.model.col.drafts')}</th>
            <th scope="col">{t('metrics.model.col.prechecks')}</th>
            <th scope="col">{t('metrics.model.col.labs')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.key}
              data-testid={`model-use-${r.key}`}
              className={r.sub ? 'metrics-model-sub' : undefined}
            >
              <th scope="row">{r.label}</th>
              {r.cells.map((v, i) => (
                <td key={i}>{v === null ? '—' : v}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {d.modelConfigured + p.modelConfigured + l.modelConfigured === 0 && (
        <p className="metrics-note" data-testid="model-use-none">
          {t('metrics.model.none')}
        </p>
      )}
      <p className="metrics-note">{t('metrics.model.definitions')}</p>
    </section>
  );
}
