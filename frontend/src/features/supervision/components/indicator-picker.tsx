import { useTranslation } from 'react-i18next';
import { INDICATOR_KEYS, type IndicatorKey } from '../types';

/** Which indicator colours the map and draws the trend. */
export function IndicatorPicker({ value, onChange }: { value: IndicatorKey; onChange: (key: IndicatorKey) => void }) {
  const { t } = useTranslation();
  return (
    <div className="field field--inline">
      <label htmlFor="indicator-picker" className="field__label">
        {t('dashboard.indicator')}
      </label>
      <select id="indicator-picker" value={value} onChange={(e) => onChange(e.target.value as IndicatorKey)}>
        {INDICATOR_KEYS.map((key) => (
          <option key={key} value={key}>
            {t(`indicators.names.${key}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
