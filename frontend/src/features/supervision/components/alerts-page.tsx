import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { Pagination } from '@/components/ui/pagination';
import { problemMessage } from '@/components/ui/problem-message';
import { useApiClient } from '@/lib/api-client';
import { can } from '@/lib/auth';
import { useSession } from '@/lib/session';
import { useAsync } from '@/lib/use-async';
import { listAlerts } from '../api/supervision-api';
import { ALERT_KINDS, ALERT_STATUSES, type AlertKind, type AlertStatus } from '../types';
import { AlertActions } from './alert-actions';
import { AlertSubject, SeverityTag } from './alert-subject';
import '../supervision.css';

const PAGE_SIZE = 20;
const DISTRICT_CODES = ['350203', '350206', '350205', '350211', '350212', '350213'];

/** 预警处理: every alert of the caller's area by status, kind and district; coordinators acknowledge and resolve. */
export function AlertsPage() {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const { caller } = useSession();
  const mayAct = can(caller, 'alerts:manage');
  const [status, setStatus] = useState<AlertStatus | ''>('');
  const [kind, setKind] = useState<AlertKind | ''>('');
  const [district, setDistrict] = useState('');
  const [page, setPage] = useState(0);
  const alerts = useAsync(
    () => listAlerts(client, { status: status || undefined, kind: kind || undefined, district: district || undefined, page, size: PAGE_SIZE }),
    [client, status, kind, district, page],
  );
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' });
  const filter = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(0);
  };

  return (
    <section aria-labelledby="alerts-title">
      <h1 id="alerts-title">{t('alerts.title')}</h1>
      <p className="muted">{t('alerts.intro')}</p>
      <div className="filters card">
        <div className="field">
          <label htmlFor="alerts-status" className="field__label">
            {t('alerts.filters.status')}
          </label>
          <select id="alerts-status" value={status} onChange={(e) => filter(setStatus)(e.target.value as AlertStatus | '')}>
            <option value="">{t('alerts.filters.live')}</option>
            {ALERT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`alerts.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="alerts-kind" className="field__label">
            {t('alerts.filters.kind')}
          </label>
          <select id="alerts-kind" value={kind} onChange={(e) => filter(setKind)(e.target.value as AlertKind | '')}>
            <option value="">{t('alerts.filters.allKinds')}</option>
            {ALERT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`alerts.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {!caller.district && (
          <div className="field">
            <label htmlFor="alerts-district" className="field__label">
              {t('alerts.filters.district')}
            </label>
            <select id="alerts-district" value={district} onChange={(e) => filter(setDistrict)(e.target.value)}>
              <option value="">{t('alerts.filters.allDistricts')}</option>
              {DISTRICT_CODES.map((code) => (
                <option key={code} value={code}>
                  {t(`districts.${code}`)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>

      {alerts.error !== undefined && <Banner kind="error">{problemMessage(t, alerts.error)}</Banner>}
      {alerts.loading && !alerts.data && <p className="muted">{t('common.loading')}</p>}
      {alerts.data?.items.length === 0 && <p className="empty">{t('alerts.none')}</p>}
      {alerts.data && alerts.data.items.length > 0 && (
        <div className="card">
          <table className="table alerts-table" data-testid="alerts-table">
            <caption className="visually-hidden">{t('alerts.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('alerts.columns.severity')}</th>
                <th scope="col">{t('alerts.columns.kind')}</th>
                <th scope="col">{t('alerts.columns.district')}</th>
                <th scope="col">{t('alerts.columns.raised')}</th>
                <th scope="col">{t('alerts.columns.status')}</th>
                {mayAct && <th scope="col">{t('alerts.columns.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {alerts.data.items.map((alert) => (
                <tr key={alert.id} data-alert={alert.id}>
                  <td>
                    <SeverityTag severity={alert.severity} />
                  </td>
                  <th scope="row">
                    {t(`alerts.kinds.${alert.kind}`)}
                    <br />
                    <AlertSubject alert={alert} />
                  </th>
                  <td>{t(`districts.${alert.districtCode}`, { defaultValue: alert.districtCode })}</td>
                  <td>{time.format(new Date(alert.raisedAt))}</td>
                  <td data-testid="alert-status">
                    {alert.status === 'ACKNOWLEDGED' && alert.acknowledgedBy
                      ? t('alerts.acknowledgedBy', { name: alert.acknowledgedBy })
                      : t(`alerts.statuses.${alert.status}`)}
                    {alert.status === 'RESOLVED' && (
                      <p className="muted">
                        {t('alerts.resolvedBy', { name: alert.resolvedBy ?? '', time: alert.resolvedAt ? time.format(new Date(alert.resolvedAt)) : '' })}
                        {alert.resolution && <>: {alert.resolution}</>}
                      </p>
                    )}
                  </td>
                  {mayAct && (
                    <td>
                      <AlertActions alert={alert} onChanged={() => alerts.reload()} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination page={alerts.data.page} size={alerts.data.size} total={alerts.data.total} onPage={setPage} statusKey="alerts.pagination" />
        </div>
      )}
    </section>
  );
}
