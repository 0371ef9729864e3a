import { XIAMEN_MAP_NAME } from './xiamen-districts';

export interface MapDistrict {
  districtCode: string;
  /** The district's name in the screen's language. */
  label: string;
  value: number | undefined;
}

export interface MapOptionInput {
  districts: MapDistrict[];
  /** Whether more is better: better districts are blue, worse ones orange. */
  higherIsBetter: boolean;
  format: (value: number | undefined) => string;
  /** The legend's two ends, e.g. "好" / "差". */
  legend: { better: string; worse: string };
  /** The district picked for the trend chart, outlined. */
  selected?: string;
  /** 1 at a desk; larger on a wall display. */
  scale?: number;
}

// Orange for worse, blue for better: a pair the common colour-vision deficiencies still tell apart.
const WORSE_TO_BETTER = ['#c2410c', '#fdba74', '#bfdbfe', '#1e40af'];
export const NO_DATA_COLOUR = '#d1d5db';

/** The ECharts option of the district map: each district coloured by its value, its name and value on it. */
export function mapOption({ districts, higherIsBetter, format, legend, selected, scale = 1 }: MapOptionInput) {
  const values = districts.map((d) => d.value).filter((v): v is number => v !== undefined);
  // one value only (a district coordinator's map, or all districts equal): nothing is better or worse, so it
  // sits in the middle of the scale
  const low = values.length ? Math.min(...values) : 0;
  const high = values.length ? Math.max(...values) : 0;
  const [min, max] = high > low ? [low, high] : [low - 1, high + 1];
  const font = Math.round(16 * scale);
  const byCode = new Map(districts.map((d) => [d.districtCode, d]));
  return {
    animationDuration: 300,
    tooltip: {
      trigger: 'item',
      textStyle: { fontSize: font },
      formatter: (p: { name: string }) => {
        const d = byCode.get(p.name);
        return d ? `${d.label}: ${format(d.value)}` : p.name;
      },
    },
    visualMap: {
      type: 'continuous',
      min,
      max,
      calculable: false,
      orient: 'vertical',
      left: 8,
      bottom: 8,
      itemHeight: Math.round(100 * scale),
      text: higherIsBetter ? [legend.better, legend.worse] : [legend.worse, legend.better],
      textStyle: { fontSize: font },
      inRange: { color: higherIsBetter ? WORSE_TO_BETTER : [...WORSE_TO_BETTER].reverse() },
      formatter: (value: number) => format(value),
    },
    series: [
      {
        type: 'map',
        map: XIAMEN_MAP_NAME,
        nameProperty: 'adcode',
        roam: false,
        selectedMode: false,
        labelLayout: { hideOverlap: true },
        layoutCenter: ['55%', '50%'],
        layoutSize: '95%',
        itemStyle: { areaColor: NO_DATA_COLOUR, borderColor: '#ffffff', borderWidth: 2 },
        emphasis: { itemStyle: { borderColor: '#1a1a1a', borderWidth: 3 } },
        // districts outside the caller's area stay grey and unlabelled
        label: {
          show: false,
          fontSize: font,
          lineHeight: Math.round(font * 1.3),
          color: '#1a1a1a',
          backgroundColor: 'rgba(255,255,255,0.85)',
          padding: [2, 4],
          borderRadius: 4,
          formatter: (p: { name: string }) => {
            const d = byCode.get(p.name);
            return d ? `${d.label}\n${format(d.value)}` : '';
          },
        },
        data: districts.map((d) => ({
          name: d.districtCode,
          value: d.value ?? '-',
          label: { show: true },
          ...(d.districtCode === selected ? { itemStyle: { borderColor: '#1a1a1a', borderWidth: 4 } } : {}),
        })),
      },
    ],
  };
}
