import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { problemMessage } from '@/components/ui/problem-message';
import { useLiveSupervision } from '../api/supervision-api';
import { LiveIndicator } from './live-indicator';
import { DistrictTable } from './district-table';
import { percent, QualityTable } from './quality-table';

// ECharts is the biggest dependency: load it only when the dashboard is shown.
const DistrictChart = lazy(() => import('./district-chart'));

/** 监管大屏: the supervision view, live from the gateway's stream. */
export function Dashboard() {
  const { t, i18n } = useTranslation();
  const { snapshot, connection, receivedAt, error } = useLiveSupervision();
  const screenRef = useRef<HTMLElement>(null);
  const fullscreen = useFullscreen(screenRef);

  const bereaved = snapshot?.byDistrict.reduce((sum, d) => sum + d.bereaved, 0);
  const disabledChild = snapshot?.byDistrict.reduce((sum, d) => sum + d.disabledChild, 0);
  const liaisons = snapshot?.byDistrict.reduce((sum, d) => sum + (d.coverage?.liaisons ?? 0), 0);
  const visitsThisMonth = snapshot?.byDistrict.reduce((sum, d) => sum + (d.cadence?.visitsThisMonth ?? 0), 0);
  const overdueFollowUps = snapshot?.byDistrict.reduce((sum, d) => sum + (d.cadence?.overdueFollowUps ?? 0), 0);
  const number = (value: number | undefined) =>
    value === undefined ? '—' : new Intl.NumberFormat(i18n.language).format(value);

  return (
    <section ref={screenRef} className="dashboard" aria-labelledby="dashboard-title">
      <div className="page-header">
        <h1 id="dashboard-title">{t('dashboard.title')}</h1>
        <div className="page-header__actions">
          <LiveIndicator connection={connection} receivedAt={receivedAt} />
          {fullscreen.supported && (
            <button type="button" className="button button--secondary" onClick={fullscreen.toggle}>
              {fullscreen.active ? t('dashboard.exitFullscreen') : t('dashboard.fullscreen')}
            </button>
          )}
        </div>
      </div>

      {error !== undefined && !snapshot && <Banner kind="error">{problemMessage(t, error)}</Banner>}

      <div className="kpis">
        <Kpi label={t('dashboard.kpi.total')} value={number(snapshot?.totalFamilies)} testId="total-families" />
        <Kpi label={t('dashboard.kpi.bereaved')} value={number(bereaved)} testId="bereaved-families" />
        <Kpi label={t('dashboard.kpi.disabledChild')} value={number(disabledChild)} testId="disabled-child-families" />
        <Kpi
          label={t('dashboard.kpi.liaisonCoverage')}
          value={snapshot ? percent(liaisons, snapshot.totalFamilies) : '—'}
          testId="liaison-coverage"
        />
        <Kpi label={t('dashboard.kpi.visitsThisMonth')} value={number(visitsThisMonth)} testId="visits-this-month" />
        <Kpi label={t('dashboard.kpi.overdueFollowUps')} value={number(overdueFollowUps)} testId="overdue-follow-ups" />
      </div>

      {snapshot && (
        <div className="dashboard__body">
          <div className="card chart-card">
            <h2>{t('dashboard.chartTitle')}</h2>
            <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
              <DistrictChart districts={snapshot.byDistrict} />
            </Suspense>
          </div>
          <div className="card">
            <DistrictTable districts={snapshot.byDistrict} />
          </div>
          <div className="card dashboard__wide">
            <QualityTable districts={snapshot.byDistrict} />
          </div>
        </div>
      )}
    </section>
  );
}

function Kpi({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="kpi card">
      <p className="kpi__label">{label}</p>
      <p className="kpi__value" data-testid={testId}>
        {value}
      </p>
    </div>
  );
}

function useFullscreen(ref: React.RefObject<HTMLElement | null>) {
  const supported = typeof document !== 'undefined' && !!document.fullscreenEnabled;
  const [active, setActive] = useState(false);
  useEffect(() => {
    const onChange = () => setActive(document.fullscreenElement === ref.current && !!ref.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [ref]);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) {
      void document.exitFullscreen();
    } else {
      void ref.current?.requestFullscreen();
    }
  }, [ref]);
  return { supported, active, toggle };
}
