// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { echarts, echartsLocale } from './echarts';
import { sparklineOption, trendData, trendOption } from './line-options';
import { mapOption, NO_DATA_COLOUR, type MapDistrict } from './map-option';
import { XIAMEN_DISTRICTS_GEOJSON } from './xiamen-districts';

// jsdom has no canvas, so the charts are drawn the way ECharts draws on a server: to an SVG string, with
// the same option the screen passes. What a user would see (fills, labels) can then be read from it.
function renderToSvg(option: object, language = 'zh-CN'): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 400, locale: echartsLocale(language) });
  chart.setOption({ ...option, animation: false });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** The fill of each district's shape, in the order of the GeoJSON's features. */
function districtFills(svg: string): string[] {
  return [...svg.matchAll(/<path d="[^"]+" fill="([^"]+)" stroke="#ffffff"/g)].map((m) => m[1]);
}

const percent = (v: number | undefined) => (v === undefined ? '—' : `${v}%`);
const legend = { better: '好', worse: '差' };
const BLUE = 'rgb(30,64,175)';
const ORANGE = 'rgb(194,65,12)';

describe('the schematic map of Xiamen', () => {
  it('shouldHaveTheSixDistrictsAsClosedPolygonsAroundXiamen', () => {
    const features = XIAMEN_DISTRICTS_GEOJSON.features;
    expect(features.map((f) => f.properties.adcode).sort()).toEqual(['350203', '350205', '350206', '350211', '350212', '350213']);
    for (const feature of features) {
      const ring = feature.geometry.coordinates[0];
      expect(ring.at(0)).toEqual(ring.at(-1));
      for (const [lon, lat] of ring) {
        expect(lon).toBeGreaterThanOrEqual(117.85);
        expect(lon).toBeLessThanOrEqual(118.4);
        expect(lat).toBeGreaterThanOrEqual(24.4);
        expect(lat).toBeLessThanOrEqual(24.9);
      }
    }
  });

  it('shouldPlaceTheDistrictsWhereTheyLieRelativeToEachOther', () => {
    const centre = (code: string) => {
      const ring = XIAMEN_DISTRICTS_GEOJSON.features.find((f) => f.properties.adcode === code)!.geometry.coordinates[0];
      const n = ring.length - 1;
      return { lon: ring.slice(0, n).reduce((s, p) => s + p[0], 0) / n, lat: ring.slice(0, n).reduce((s, p) => s + p[1], 0) / n };
    };
    const siming = centre('350203');
    const huli = centre('350206');
    expect(huli.lat).toBeGreaterThan(siming.lat); // both on the island, Huli north
    expect(centre('350205').lon).toBeLessThan(siming.lon); // Haicang west across the water
    expect(centre('350211').lat).toBeGreaterThan(huli.lat); // Jimei north-west
    expect(centre('350211').lon).toBeLessThan(huli.lon);
    expect(centre('350212').lat).toBeGreaterThan(centre('350211').lat); // Tong'an furthest north
    expect(centre('350213').lon).toBeGreaterThan(huli.lon); // Xiang'an east
  });

  it('shouldColourBetterDistrictsBlueAndWorseOnesOrangeAndLeaveDistrictsWithoutFiguresGrey', () => {
    const districts: MapDistrict[] = [
      { districtCode: '350203', label: '思明区', value: 96.4 },
      { districtCode: '350206', label: '湖里区', value: 50 },
      { districtCode: '350213', label: '翔安区', value: undefined },
    ];
    const svg = renderToSvg(mapOption({ districts, higherIsBetter: true, format: percent, legend }));
    // features: 思明, 湖里, 海沧, 集美, 同安, 翔安
    expect(districtFills(svg)).toEqual([BLUE, ORANGE, NO_DATA_COLOUR, NO_DATA_COLOUR, NO_DATA_COLOUR, NO_DATA_COLOUR]);
    expect(svg).toContain('>思明区</text>');
    expect(svg).toContain('>96.4%</text>');
    expect(svg).toContain('>翔安区</text>');
    expect(svg).toContain('>—</text>');
    expect(svg).not.toContain('>海沧区</text>');
  });

  it('shouldTurnTheColoursAroundForIndicatorsWhereLessIsBetter', () => {
    const districts: MapDistrict[] = [
      { districtCode: '350203', label: '思明区', value: 12 },
      { districtCode: '350206', label: '湖里区', value: 0 },
    ];
    const svg = renderToSvg(mapOption({ districts, higherIsBetter: false, format: String, legend }));
    expect(districtFills(svg).slice(0, 2)).toEqual([ORANGE, BLUE]);
  });

  it('shouldColourALoneDistrictNeitherBetterNorWorse', () => {
    const svg = renderToSvg(
      mapOption({ districts: [{ districtCode: '350203', label: '思明区', value: 99 }], higherIsBetter: true, format: percent, legend }),
    );
    const [siming] = districtFills(svg);
    expect([BLUE, ORANGE, NO_DATA_COLOUR]).not.toContain(siming);
  });

  it('shouldOutlineTheSelectedDistrict', () => {
    const option = mapOption({
      districts: [
        { districtCode: '350203', label: '思明区', value: 1 },
        { districtCode: '350206', label: '湖里区', value: 2 },
      ],
      higherIsBetter: true,
      format: String,
      legend,
      selected: '350206',
    });
    const data = option.series[0].data;
    expect(data[1]).toMatchObject({ name: '350206', itemStyle: { borderWidth: 4 } });
    expect(data[0]).not.toHaveProperty('itemStyle');
  });
});

describe('trend charts', () => {
  const points = [
    { day: '2026-11-27', value: 91.2 },
    { day: '2026-11-28', value: '93.5' },
    { day: '2026-11-29', value: 'n/a' },
  ];

  it('shouldPlotEachReadableDayOnceAsANumber', () => {
    expect(trendData(points)).toEqual([
      ['2026-11-27', 91.2],
      ['2026-11-28', 93.5],
    ]);
  });

  it('shouldDrawTheTrendLineWithItsValuesOnTheAxis', () => {
    const svg = renderToSvg(trendOption({ points, name: '联系人覆盖率', format: (v) => `${v}%`, scale: 1 }));
    expect(svg).toMatch(/<path d="M[^"]+L[^"]+" fill="none"[^>]*stroke="#1e40af"/);
    expect(svg).toMatch(/>9\d(\.\d)?%<\/text>/);
  });

  it('shouldNameTheMonthsInTheScreensLanguage', () => {
    const months = [
      { day: '2026-09-20', value: 1 },
      { day: '2026-11-10', value: 2 },
    ];
    const option = trendOption({ points: months, name: 'x', format: String });
    expect(renderToSvg(option, 'zh-CN')).toContain('>10月</text>');
    expect(renderToSvg(option, 'en')).toContain('>Oct</text>');
  });

  it('shouldDrawASparklineWithoutAxes', () => {
    const svg = renderToSvg(sparklineOption(points, '#166534'));
    expect(svg).toMatch(/stroke="#166534"/);
    expect(svg).not.toContain('</text>');
  });
});
