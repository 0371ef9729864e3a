import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { problemMessage } from '@/components/ui/problem-message';
import { can } from '@/lib/auth';
import { useSession } from '@/lib/session';
import { useLiveSupervision } from '../api/supervision-api';
import type { IndicatorKey } from '../types';
import { DistrictTable } from './district-table';
import { KpiCards } from './kpi-cards';
import { LiveAlerts } from './live-alerts';
import { LiveIndicator } from './live-indicator';
import { MapPanel } from './map-panel';
import { QualityTable } from './quality-table';
import { StreetsTable } from './streets-table';
import { TargetsPanel } from './targets-panel';
import { TrendPanel } from './trend-panel';
import '../supervision.css';

/** 监管大屏: the supervision view, live from the gateway's stream; at a desk or full screen on a wall. */
export function Dashboard() {
  const { t } = useTranslation();
  const { caller } = useSession();
  const withTargetsAndAlerts = can(caller, 'targets:view');
  const { snapshot, targets, alerts, connection, receivedAt, error, alertChanged } = useLiveSupervision(withTargetsAndAlerts);
  const screenRef = useRef<HTMLElement>(null);
  const fullscreen = useFullscreen(screenRef);
  const scale = useWallScale(fullscreen.active);
  const [indicatorKey, setIndicatorKey] = useState<IndicatorKey>('LIAISON_COVERAGE');
  const [district, setDistrict] = useState<string>();
  const districts = snapshot?.byDistrict ?? [];
  // a district-level caller's area is one district: the trend is that district's without asking
  const trendDistrict = districts.length > 1 ? district : undefined;
  // the streets of the district picked on the map, or of a district-level caller's own district
  const streetsDistrict = districts.length === 1 ? districts[0].districtCode : trendDistrict;

  return (
    <section
      ref={screenRef}
      className={`dashboard${fullscreen.active ? ' dashboard--wall' : ''}`}
      aria-labelledby="dashboard-title"
      data-testid="dashboard"
    >
      <div className="page-header">
        <h1 id="dashboard-title">{t('dashboard.title')}</h1>
        <div className="page-header__actions">
          <LiveIndicator connection={connection} receivedAt={receivedAt} />
          {fullscreen.supported && (
            <button type="button" className="button button--secondary" onClick={fullscreen.toggle} aria-pressed={fullscreen.active}>
              {fullscreen.active ? t('dashboard.exitFullscreen') : t('dashboard.fullscreen')}
            </button>
          )}
        </div>
      </div>

      {error !== undefined && !snapshot && <Banner kind="error">{problemMessage(t, error)}</Banner>}

      <KpiCards snapshot={snapshot} />

      {snapshot && (
        <div className="dashboard__body">
          <MapPanel
            districts={districts}
            indicatorKey={indicatorKey}
            onIndicator={setIndicatorKey}
            selected={trendDistrict}
            onSelect={(code) => setDistrict((current) => (current === code ? undefined : code))}
            scale={scale}
          />
          {can(caller, 'indicators:view') && (
            <TrendPanel
              indicatorKey={indicatorKey}
              district={trendDistrict}
              districts={districts}
              onDistrict={setDistrict}
              scale={scale}
            />
          )}
          {withTargetsAndAlerts && <TargetsPanel targets={targets} />}
          {can(caller, 'alerts:view') && <LiveAlerts alerts={alerts} onChanged={alertChanged} />}
          <div className="card dashboard__districts">
            <DistrictTable districts={districts} />
          </div>
          <div className="card dashboard__wide">
            <QualityTable districts={districts} />
          </div>
          {streetsDistrict && <StreetsTable districtCode={streetsDistrict} version={snapshot.updatedAt} />}
        </div>
      )}
    </section>
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

/**
 * How much larger chart type and lines are drawn: 1 at a desk; on a wall, in proportion to the screen's width
 * (a 1366 px screen stays at 1, a 4K wall of 3840 px draws about 2.5 times larger).
 */
export function wallScale(fullscreen: boolean, width: number): number {
  if (!fullscreen) return 1;
  return Math.min(3, Math.max(1, Math.round((width / 1536) * 10) / 10));
}

function useWallScale(fullscreen: boolean): number {
  const [width, setWidth] = useState(() => (typeof window === 'undefined' ? 1366 : window.innerWidth));
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return wallScale(fullscreen, width);
}
