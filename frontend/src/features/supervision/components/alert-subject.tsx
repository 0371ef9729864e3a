import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '@/lib/auth';
import { useSession } from '@/lib/session';
import type { AlertView } from '../types';

/** Where an alert's subject can be opened, for a caller who may open it; the record's own service still decides. */
function subjectPath(alert: AlertView, allowed: (p: Parameters<typeof can>[1]) => boolean): string | undefined {
  switch (alert.kind) {
    case 'CONTACT_OVERDUE':
    case 'HIGH_RISK_NOT_VISITED':
      return allowed('families:view') ? `/families/${alert.subjectId}` : undefined;
    case 'SITE_BELOW_STANDARD':
      return allowed('sites:view') ? `/sites/${alert.subjectId}` : undefined;
    case 'CLAIM_REVIEW_OVERDUE':
      return allowed('insurance:view') ? '/insurance/claims' : undefined;
  }
}

/** The alert's kind as words, linked to the family, site or claims queue it is about. */
export function AlertSubject({ alert }: { alert: AlertView }) {
  const { t } = useTranslation();
  const { caller } = useSession();
  const path = subjectPath(alert, (permission) => can(caller, permission));
  const text = t(`alerts.subjects.${alert.kind}`);
  return path ? <Link to={path}>{text}</Link> : <span>{text}</span>;
}

export function SeverityTag({ severity }: { severity: AlertView['severity'] }) {
  const { t } = useTranslation();
  return (
    <span className={`tag alert-severity alert-severity--${severity.toLowerCase()}`} data-severity={severity}>
      {t(`alerts.severities.${severity}`)}
    </span>
  );
}
