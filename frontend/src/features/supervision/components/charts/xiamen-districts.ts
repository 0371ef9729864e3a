/**
 * A schematic of Xiamen's six districts for the supervision map (示意图), drawn by hand: no boundary data is
 * downloaded. Each district is one simplified polygon in roughly the right place (lon/lat, WGS-84): 思明 and 湖里
 * share Xiamen island (south and north), 海沧 lies west across the water, 集美 north-west, 同安 north, 翔安 east.
 * Shapes and areas are not to scale; the screen says so. Features are keyed by `adcode`, the district code the
 * snapshot uses, so the map never depends on the language of the names.
 */
export const XIAMEN_MAP_NAME = 'xiamen-districts-schematic';

type Ring = [number, number][];

/** `cp` is where ECharts puts the label: the two island districts' labels are pulled apart so both stay legible. */
const district = (adcode: string, name: string, ring: Ring, cp?: [number, number]) => ({
  type: 'Feature' as const,
  properties: { adcode, name, ...(cp ? { cp } : {}) },
  geometry: { type: 'Polygon' as const, coordinates: [ring] },
});

export const XIAMEN_DISTRICTS_GEOJSON = {
  type: 'FeatureCollection' as const,
  features: [
    district('350203', '思明区', [
      [118.07, 24.49], [118.2, 24.49], [118.2, 24.46], [118.16, 24.425], [118.1, 24.425], [118.07, 24.45], [118.07, 24.49],
    ], [118.15, 24.445]),
    district('350206', '湖里区', [
      [118.07, 24.495], [118.07, 24.53], [118.11, 24.565], [118.17, 24.565], [118.2, 24.525], [118.2, 24.495], [118.07, 24.495],
    ], [118.12, 24.54]),
    district('350205', '海沧区', [
      [117.92, 24.45], [118.04, 24.44], [118.05, 24.5], [118.04, 24.56], [117.93, 24.58], [117.9, 24.52], [117.92, 24.45],
    ]),
    district('350211', '集美区', [
      [117.93, 24.6], [118.05, 24.585], [118.13, 24.59], [118.14, 24.65], [118.06, 24.7], [117.95, 24.68], [117.93, 24.6],
    ]),
    district('350212', '同安区', [
      [117.95, 24.7], [118.06, 24.72], [118.14, 24.67], [118.2, 24.69], [118.24, 24.8], [118.15, 24.88], [118.02, 24.85],
      [117.95, 24.78], [117.95, 24.7],
    ]),
    district('350213', '翔安区', [
      [118.2, 24.6], [118.27, 24.55], [118.36, 24.56], [118.38, 24.64], [118.32, 24.72], [118.26, 24.72], [118.2, 24.66],
      [118.2, 24.6],
    ]),
  ],
};
