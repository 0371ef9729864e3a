import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIndicator, indicator, valuesByDistrict } from '../indicators';
import type { DistrictCount, IndicatorKey } from '../types';
import { DistrictMap } from './charts';
import { IndicatorPicker } from './indicator-picker';

interface MapPanelProps {
  districts: DistrictCount[];
  indicatorKey: IndicatorKey;
  onIndicator: (key: IndicatorKey) => void;
  selected: string | undefined;
  onSelect: (district: string) => void;
  scale: number;
}

/** 各区分布: the schematic map coloured by the chosen indicator, with the same values as a list beside it. */
export function MapPanel({ districts, indicatorKey, onIndicator, selected, onSelect, scale }: MapPanelProps) {
  const { t, i18n } = useTranslation();
  const definition = indicator(indicatorKey);
  const values = valuesByDistrict(indicatorKey, districts);
  const name = t(`indicators.names.${indicatorKey}`);
  // best first; districts without a value last
  const ranked = [...districts].sort((a, b) => {
    const va = values[a.districtCode];
    const vb = values[b.districtCode];
    if (va === undefined || vb === undefined) return (va === undefined ? 1 : 0) - (vb === undefined ? 1 : 0);
    return definition.higherIsBetter ? vb - va : va - vb;
  });
  return (
    <section className="card map-panel" aria-labelledby="map-title">
      <div className="card__header">
        <h2 id="map-title">
          {t('dashboard.map.title')} <span className="muted">{t('dashboard.map.schematicShort')}</span>
        </h2>
        <IndicatorPicker value={indicatorKey} onChange={onIndicator} />
      </div>
      <div className="map-panel__body">
        <div className="chart-box chart-box--map" role="img" aria-label={t('dashboard.map.label', { indicator: name })}>
          <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
            <DistrictMap districts={districts} indicatorKey={indicatorKey} selected={selected} onSelect={onSelect} scale={scale} />
          </Suspense>
        </div>
        <table className="table map-values" data-testid="map-values">
          <caption>{name}</caption>
          <tbody>
            {ranked.map((d) => (
                <tr key={d.districtCode} data-district={d.districtCode} className={d.districtCode === selected ? 'is-selected' : undefined}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => onSelect(d.districtCode)}>
                      {t(`districts.${d.districtCode}`, { defaultValue: d.districtName })}
                    </button>
                  </th>
                  <td className="num">{formatIndicator(values[d.districtCode], definition.share, i18n.language)}</td>
                </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted map-panel__note">{t('dashboard.map.schematic')}</p>
    </section>
  );
}
