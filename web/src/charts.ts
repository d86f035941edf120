/** chart.js with only what the dashboard draws (line and bar charts), colours for CAMEO roots, and the cooperation–conflict scale. */
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip);
Chart.defaults.animation = false;
Chart.defaults.font.family = 'system-ui, sans-serif';

export { Chart };

/** 20 distinct colours, one per CAMEO root, cooperation (01–08) in blues and greens, conflict (09–20) in oranges and reds. */
const ROOT_COLOURS = ['#4e79a7', '#5b8fc7', '#76b7b2', '#59a14f', '#8cd17d', '#499894', '#86bcb6', '#2e7d32', '#b6992d', '#f1ce63',
  '#ff9d9a', '#f28e2b', '#ffbe7d', '#e15759', '#d37295', '#b07aa1', '#9d7660', '#c0392b', '#79706e', '#7b241c'];

export const rootColour = (root: string): string => ROOT_COLOURS[(Number(root) - 1 + 20) % 20] ?? '#888';

/** Goldstein -10 (conflict, red) … +10 (cooperation, green). */
export function goldsteinColour(g: number): string {
  const x = Math.max(-1, Math.min(1, g / 10));
  const r = x < 0 ? 200 : Math.round(200 - 160 * x);
  const gr = x > 0 ? 160 : Math.round(160 + 140 * x);
  const b = Math.round(60 - 20 * Math.abs(x));
  return `rgb(${r}, ${gr}, ${b})`;
}
