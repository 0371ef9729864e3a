import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { problemMessage } from '@/components/ui/problem-message';
import { useApiClient } from '@/lib/api-client';
import { useAsync } from '@/lib/use-async';
import { getIndicator } from '../api/supervision-api';
import { indicator, withLiveToday, xiamenDay } from '../indicators';
import type { DistrictCount, IndicatorKey } from '../types';
import { TrendChart } from './charts';

interface TrendPanelProps {
  indicatorKey: IndicatorKey;
  /** The district of the trend, or undefined for the caller's whole area. */
  district: string | undefined;
  /** The live figures: offered in the area picker (a district-level caller has one) and giving today's value. */
  districts: DistrictCount[];
  onDistrict: (district: string | undefined) => void;
  scale: number;
}

/**
 * 趋势: the chosen indicator day by day over the last 90 days (`GET /indicators/{key}`), today's point following the
 * live snapshot.
 */
export function TrendPanel({ indicatorKey, district, districts, onDistrict, scale }: TrendPanelProps) {
  const { t } = useTranslation();
  const client = useApiClient();
  const trend = useAsync(() => getIndicator(client, indicatorKey, district), [client, indicatorKey, district]);
  const name = t(`indicators.names.${indicatorKey}`);
  const area = district ? t(`districts.${district}`) : t('dashboard.trend.wholeArea');
  const scope = district ? districts.filter((d) => d.districtCode === district) : districts;
  const points = trend.data ? withLiveToday(trend.data.trend, indicator(indicatorKey).value(scope), xiamenDay()) : [];
  return (
    <section className="card trend-panel" aria-labelledby="trend-title">
      <div className="card__header">
        <h2 id="trend-title">{t('dashboard.trend.title', { indicator: name, area })}</h2>
        {districts.length > 1 && (
          <div className="field field--inline">
            <label htmlFor="trend-district" className="field__label">
              {t('dashboard.trend.area')}
            </label>
            <select id="trend-district" value={district ?? ''} onChange={(e) => onDistrict(e.target.value || undefined)}>
              <option value="">{t('dashboard.trend.wholeArea')}</option>
              {districts.map((d) => (
                <option key={d.districtCode} value={d.districtCode}>
                  {t(`districts.${d.districtCode}`, { defaultValue: d.districtName })}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {trend.error !== undefined && <Banner kind="error">{problemMessage(t, trend.error)}</Banner>}
      {trend.loading && !trend.data && <p className="muted">{t('common.loading')}</p>}
      {trend.data && points.length < 2 && <p className="empty">{t('dashboard.trend.empty')}</p>}
      {trend.data && points.length >= 2 && (
        <div className="chart-box chart-box--trend" role="img" aria-label={t('dashboard.trend.chartLabel', { indicator: name, area, days: points.length })}>
          <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
            <TrendChart points={points} name={name} share={indicator(indicatorKey).share} scale={scale} />
          </Suspense>
        </div>
      )}
    </section>
  );
}
