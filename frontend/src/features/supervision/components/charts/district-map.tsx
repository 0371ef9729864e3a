import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import { formatIndicator, indicator, valuesByDistrict } from '../../indicators';
import type { DistrictCount, IndicatorKey } from '../../types';
import { echarts, echartsLocale } from './echarts';
import { mapOption } from './map-option';

export interface DistrictMapProps {
  districts: DistrictCount[];
  indicatorKey: IndicatorKey;
  selected?: string;
  onSelect?: (districtCode: string) => void;
  scale?: number;
}

/** The schematic map of Xiamen's districts, each coloured by the chosen indicator. */
export default function DistrictMap({ districts, indicatorKey, selected, onSelect, scale = 1 }: DistrictMapProps) {
  const { t, i18n } = useTranslation();
  const definition = indicator(indicatorKey);
  const values = valuesByDistrict(indicatorKey, districts);
  const option = mapOption({
    districts: districts.map((d) => ({
      districtCode: d.districtCode,
      label: t(`districts.${d.districtCode}`, { defaultValue: d.districtName }),
      value: values[d.districtCode],
    })),
    higherIsBetter: definition.higherIsBetter,
    format: (value) => formatIndicator(value, definition.share, i18n.language),
    legend: { better: t('dashboard.map.better'), worse: t('dashboard.map.worse') },
    selected,
    scale,
  });
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      opts={{ locale: echartsLocale(i18n.language) }}
      style={{ height: '100%', width: '100%' }}
      onEvents={onSelect ? { click: (p: { name?: string }) => p.name && onSelect(p.name) } : undefined}
    />
  );
}
