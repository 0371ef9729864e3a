import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import { formatIndicator } from '../../indicators';
import type { TrendPoint } from '../../types';
import { echarts, echartsLocale } from './echarts';
import { trendOption } from './line-options';

/** One indicator day by day. */
export default function TrendChart({ points, name, share, scale = 1 }: { points: TrendPoint[]; name: string; share: boolean; scale?: number }) {
  const { i18n } = useTranslation();
  const option = trendOption({ points, name, format: (v) => formatIndicator(v, share, i18n.language), scale });
  return <ReactEChartsCore echarts={echarts} option={option} notMerge opts={{ locale: echartsLocale(i18n.language) }} style={{ height: '100%', width: '100%' }} />;
}
