import { lazy } from 'react';

// ECharts is the biggest dependency: it loads only when a chart is first shown.
export const DistrictMap = lazy(() => import('./district-map'));
export const TrendChart = lazy(() => import('./trend-chart'));
export const Sparkline = lazy(() => import('./sparkline'));
