// Throughput and errors over time, drawn as inline SVG from the runs list (no library, nothing loaded).
import { h } from './dom.js';
import { formatNumber, t } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const MINUTES = 30;

function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  children.forEach((c) => el.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return el;
}

/** Sums field of each run's counts into one bucket per minute of the last 30, by when the run ended (or started). */
export function perMinute(runs, field, now = Date.now()) {
  const end = Math.floor(now / 60000);
  const buckets = Array.from({ length: MINUTES }, (_, i) => ({ minute: end - MINUTES + 1 + i, value: 0 }));
  for (const run of runs) {
    const at = Date.parse(run.endedAt || run.startedAt);
    if (Number.isNaN(at)) continue;
    const index = Math.floor(at / 60000) - (end - MINUTES + 1);
    if (index >= 0 && index < MINUTES) buckets[index].value += run.counts?.[field] ?? 0;
  }
  return buckets;
}

/** A bar chart of buckets; kind picks the colour (throughput or errors). */
export function barChart(title, buckets, kind) {
  const width = 600;
  const height = 160;
  const pad = { left: 44, right: 8, top: 10, bottom: 22 };
  const max = Math.max(1, ...buckets.map((b) => b.value));
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const barW = plotW / buckets.length;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title, class: `chart chart-${kind}` });
  chart.append(svg('line', { x1: pad.left, y1: pad.top + plotH, x2: width - pad.right, y2: pad.top + plotH, class: 'axis' }));
  chart.append(svg('text', { x: pad.left - 6, y: pad.top + 8, 'text-anchor': 'end', class: 'tick' }, formatNumber(max)));
  chart.append(svg('text', { x: pad.left - 6, y: pad.top + plotH, 'text-anchor': 'end', class: 'tick' }, '0'));
  buckets.forEach((b, i) => {
    const barH = (b.value / max) * plotH;
    const bar = svg('rect', {
      x: pad.left + i * barW + 1, y: pad.top + plotH - barH, width: Math.max(1, barW - 2), height: barH, class: 'bar',
    });
    bar.append(svg('title', {}, `${clock(b.minute)}: ${formatNumber(b.value)}`));
    chart.append(bar);
    if (i % 10 === 0 || i === buckets.length - 1) {
      chart.append(svg('text', { x: pad.left + i * barW + barW / 2, y: height - 6, 'text-anchor': 'middle', class: 'tick' },
        clock(b.minute)));
    }
  });
  const total = buckets.reduce((sum, b) => sum + b.value, 0);
  return h('figure', { class: 'card chart-card', dataset: { chart: kind, total: String(total) } },
    h('figcaption', {}, title, ' ', h('span', { class: 'muted' }, `(${formatNumber(total)})`)), chart);
}

function clock(minute) {
  const d = new Date(minute * 60000);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export function runCharts(runs) {
  return h('div', { class: 'charts' },
    barChart(t('charts.throughput'), perMinute(runs, 'written'), 'throughput'),
    barChart(t('charts.errors'), perMinute(runs, 'failed'), 'errors'));
}
