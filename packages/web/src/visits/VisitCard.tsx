import { useTranslation } from 'react-i18next';
import type { Visit, VisitStatus } from '../api/types.ts';
import { departmentName, formatDateTime, formatTime } from '../common/format.ts';
import { VisitPrecheckActions } from '../precheck/VisitPrecheckActions.tsx';

const KNOWN_STATUSES: readonly VisitStatus[] = ['planned', 'arrived', 'in-progress', 'finished', 'cancelled'];
const isKnownStatus = (s: string): s is VisitStatus => (KNOWN_STATUSES as readonly string[]).includes(s);

interface Props {
  visit: Visit;
  /** Staff see who the patient is; a patient looking at their own visits does not need their name. */
  audience: 'staff' | 'patient';
  showDoctor: boolean;
  /** On the visit's own page the card is the header: no link to itself. */
  detail?: boolean;
}

export function VisitCard({ visit, audience, showDoctor, detail = false }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const titleId = `visit-${visit.id}-title`;
  const status = isKnownStatus(visit.status) ? visit.status : null;
  const when =
    audience === 'staff' ? formatTime(visit.scheduledAt, lng) : formatDateTime(visit.scheduledAt, lng);
  const doctorLine = visit.doctor
    ? t('visits.doctor', { name: visit.doctor.displayName })
    : t('visits.noDoctor');

  return (
    <article
      className={`visit-card status-${status ?? 'other'}`}
      aria-labelledby={titleId}
      data-testid="visit"
    >
      <div className="visit-when">
        <time dateTime={visit.scheduledAt}>{when}</time>
        <span className={`badge badge-${status ?? 'other'}`}>
          {status ? t(`visitStatus.${status}`) : visit.status}
        </span>
      </div>
      <div className="visit-body">
        {audience === 'staff' ? (
          <h2 id={titleId} className="visit-title">
            <span data-testid="visit-patient-name">{visit.patient.name}</span>
            <span className="visit-demographics">
              {t(`sex.${visit.patient.sex}`)}
              {visit.patient.age !== null && ` · ${t('visits.age', { age: visit.patient.age })}`}
            </span>
          </h2>
        ) : (
          <h2 id={titleId} className="visit-title">
            {departmentName(visit.department, lng)}
          </h2>
        )}
        <p className={visit.reason ? 'visit-reason' : 'visit-reason muted'}>
          <span className="visually-hidden">{t('visits.reason')}: </span>
          {visit.reason || t('visits.noReason')}
        </p>
        <p className="visit-meta">
          {audience === 'staff' && !showDoctor ? departmentName(visit.department, lng) : doctorLine}
          {audience === 'staff' && showDoctor && ` · ${departmentName(visit.department, lng)}`}
        </p>
        {audience === 'staff' && !detail && <VisitPrecheckActions visitId={visit.id} />}
      </div>
    </article>
  );
}
