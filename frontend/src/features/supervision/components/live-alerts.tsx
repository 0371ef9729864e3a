import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '@/lib/auth';
import { useSession } from '@/lib/session';
import type { AlertView } from '../types';
import { AlertActions } from './alert-actions';
import { AlertSubject, SeverityTag } from './alert-subject';

/** How many alerts the dashboard lists; the alerts page has them all. */
const SHOWN = 8;

/** 实时预警: the live alerts of the caller's area, most severe and newest first, acted on in place. */
export function LiveAlerts({ alerts, onChanged }: { alerts: AlertView[] | undefined; onChanged: (alert: AlertView) => void }) {
  const { t, i18n } = useTranslation();
  const { caller } = useSession();
  const mayAct = can(caller, 'alerts:manage');
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Shanghai' });
  return (
    <section className="card live-alerts" aria-labelledby="live-alerts-title" data-testid="live-alerts">
      <div className="card__header">
        <h2 id="live-alerts-title">
          {t('alerts.liveTitle')}
          {alerts && alerts.length > 0 && <span className="count-badge">{alerts.length}</span>}
        </h2>
        <Link to="/alerts">{t('alerts.allLink')}</Link>
      </div>
      {alerts === undefined && <p className="muted">{t('common.loading')}</p>}
      {alerts?.length === 0 && <p className="empty">{t('alerts.noneLive')}</p>}
      {alerts && alerts.length > 0 && (
        <ul className="alert-list" aria-live="polite">
          {alerts.slice(0, SHOWN).map((alert) => (
            <li key={alert.id} className={`alert-item alert-item--${alert.severity.toLowerCase()}`} data-alert={alert.id}>
              <div className="alert-item__head">
                <SeverityTag severity={alert.severity} />
                <strong>{t(`alerts.kinds.${alert.kind}`)}</strong>
                <span className="muted">{t(`districts.${alert.districtCode}`, { defaultValue: alert.districtCode })}</span>
              </div>
              <p className="alert-item__meta">
                <AlertSubject alert={alert} />
                {' · '}
                <span className="muted">{t('alerts.raisedAt', { time: time.format(new Date(alert.raisedAt)) })}</span>
                {alert.status === 'ACKNOWLEDGED' && (
                  <span className="muted">
                    {' · '}
                    {t('alerts.acknowledgedBy', { name: alert.acknowledgedBy ?? '' })}
                  </span>
                )}
              </p>
              {mayAct && <AlertActions alert={alert} onChanged={onChanged} />}
            </li>
          ))}
        </ul>
      )}
      {alerts && alerts.length > SHOWN && (
        <p className="muted">{t('alerts.more', { count: alerts.length - SHOWN })}</p>
      )}
    </section>
  );
}
