import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useTranslation } from 'react-i18next';
import type { DistrictCount } from '../types';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

// High-contrast pair that stays distinguishable for the common colour-vision deficiencies.
const BEREAVED_COLOUR = '#b45309';
const DISABLED_COLOUR = '#1d4ed8';

/** Families per district, stacked by category. */
export default function DistrictChart({ districts }: { districts: DistrictCount[] }) {
  const { t } = useTranslation();
  const option = {
    animationDuration: 300,
    textStyle: { fontSize: 16 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, textStyle: { fontSize: 16 } },
    legend: { top: 0, textStyle: { fontSize: 16 } },
    grid: { left: 48, right: 16, top: 48, bottom: 40 },
    xAxis: {
      type: 'category',
      data: districts.map((d) => t(`districts.${d.districtCode}`, { defaultValue: d.districtName })),
      axisLabel: { fontSize: 16 },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 16 } },
    series: [
      {
        name: t('dashboard.columns.bereaved'),
        type: 'bar',
        stack: 'families',
        color: BEREAVED_COLOUR,
        data: districts.map((d) => d.bereaved),
      },
      {
        name: t('dashboard.columns.disabledChild'),
        type: 'bar',
        stack: 'families',
        color: DISABLED_COLOUR,
        data: districts.map((d) => d.disabledChild),
      },
    ],
  };
  return (
    <div role="img" aria-label={t('dashboard.chartTitle')}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 320, width: '100%' }} />
    </div>
  );
}
