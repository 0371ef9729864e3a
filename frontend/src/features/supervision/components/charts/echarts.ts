import { LineChart, MapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { XIAMEN_DISTRICTS_GEOJSON, XIAMEN_MAP_NAME } from './xiamen-districts';

// Only the parts the supervision charts use. SVG stays sharp when a 4K wall display scales it.
echarts.use([MapChart, LineChart, GridComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);
echarts.registerMap(XIAMEN_MAP_NAME, XIAMEN_DISTRICTS_GEOJSON as Parameters<typeof echarts.registerMap>[1]);

export { echarts };

/** ECharts' own words (month names on a time axis, tooltips) in the screen's language. */
export function echartsLocale(language: string): 'ZH' | 'EN' {
  return language.startsWith('zh') ? 'ZH' : 'EN';
}
