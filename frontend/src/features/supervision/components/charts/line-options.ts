import type { TrendPoint } from '../../types';
import { toNumber } from '../../indicators';

/** The trend's points as [day, value] pairs ECharts can plot on a time axis; unreadable values dropped. */
export function trendData(points: TrendPoint[]): [string, number][] {
  return points
    .map((p) => [p.day, toNumber(p.value)] as const)
    .filter((p): p is readonly [string, number] => p[1] !== undefined)
    .map(([day, value]) => [day, value]);
}

const LINE_COLOUR = '#1e40af';

/** An indicator's daily values: a line on a time axis with a tooltip per day. */
export function trendOption({
  points,
  name,
  format,
  scale = 1,
}: {
  points: TrendPoint[];
  name: string;
  format: (value: number) => string;
  scale?: number;
}) {
  const font = Math.round(15 * scale);
  return {
    animationDuration: 300,
    grid: { left: Math.round(64 * scale), right: Math.round(24 * scale), top: Math.round(24 * scale), bottom: Math.round(40 * scale) },
    tooltip: {
      trigger: 'axis',
      textStyle: { fontSize: font },
      valueFormatter: (value: number) => format(value),
    },
    xAxis: { type: 'time', axisLabel: { fontSize: font, hideOverlap: true } },
    yAxis: { type: 'value', scale: true, splitNumber: 4, axisLabel: { fontSize: font, formatter: (v: number) => format(v) } },
    series: [
      {
        name,
        type: 'line',
        showSymbol: points.length < 2,
        symbolSize: Math.round(8 * scale),
        lineStyle: { width: Math.round(3 * scale), color: LINE_COLOUR },
        itemStyle: { color: LINE_COLOUR },
        areaStyle: { color: 'rgba(30,64,175,0.12)' },
        data: trendData(points),
      },
    ],
  };
}

/** A target's trend in a few dozen pixels: no axes, no tooltip. */
export function sparklineOption(points: TrendPoint[], colour: string) {
  const data = trendData(points);
  return {
    animation: false,
    grid: { left: 2, right: 6, top: 4, bottom: 4 },
    xAxis: { type: 'time', show: false },
    yAxis: { type: 'value', show: false, scale: true },
    series: [
      {
        type: 'line',
        data,
        showSymbol: false,
        lineStyle: { width: 2, color: colour },
      },
    ],
  };
}
