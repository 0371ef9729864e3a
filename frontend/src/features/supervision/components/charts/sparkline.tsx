import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { TrendPoint } from '../../types';
import { echarts } from './echarts';
import { sparklineOption } from './line-options';

/** A target's recent trend, small; the words next to it carry the figures. */
export default function Sparkline({ points, colour }: { points: TrendPoint[]; colour: string }) {
  return (
    <ReactEChartsCore echarts={echarts} option={sparklineOption(points, colour)} notMerge style={{ height: '100%', width: '100%' }} />
  );
}
