// Throughput and errors over time, and one pipeline's records by outcome run by run, drawn as inline SVG with real
// axes (a y axis with its unit and three ticks, times along x) and an empty state in words (no library, nothing loaded).
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

const WIDTH = 600;
const HEIGHT = 170;
const PAD = { left: 52, right: 8, top: 12, bottom: 24 };
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;

/** A round top for the y axis at or above max: 1, 2 or 5 times a power of ten. */
function niceMax(max) {
  const power = 10 ** Math.floor(Math.log10(Math.max(1, max)));
  return [1, 2, 5, 10].map((m) => m * power).find((v) => v >= max);
}

/** An empty chart: axes and the y unit, and the reason there are no bars, in words. */
function axes(title, unit, kind, top) {
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': title, class: `chart chart-${kind}` });
  const y = (v) => PAD.top + PLOT_H - (v / top) * PLOT_H;
  chart.append(svg('line', { x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: PAD.top + PLOT_H, class: 'axis' }));
  chart.append(svg('line', { x1: PAD.left, y1: PAD.top + PLOT_H, x2: WIDTH - PAD.right, y2: PAD.top + PLOT_H, class: 'axis' }));
  [0, top / 2, top].forEach((v) => {
    if (v > 0) chart.append(svg('line', { x1: PAD.left, y1: y(v), x2: WIDTH - PAD.right, y2: y(v), class: 'grid' }));
    chart.append(svg('text', { x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'tick' }, formatNumber(v)));
  });
  chart.append(svg('text', { x: 12, y: PAD.top + PLOT_H / 2, 'text-anchor': 'middle', class: 'unit',
    transform: `rotate(-90 12 ${PAD.top + PLOT_H / 2})` }, unit));
  return { chart, y };
}

function figure(title, kind, total, chart, empty) {
  return h('figure', { class: 'card chart-card', dataset: { chart: kind, total: String(total) } },
    h('figcaption', {}, title, ' ', h('span', { class: 'muted' }, `(${formatNumber(total)})`)), chart,
    total === 0 ? h('p', { class: 'muted chart-empty' }, empty) : null);
}

/** A bar chart of buckets; kind picks the colour (throughput or errors); empty says why there are no bars. */
export function barChart(title, buckets, kind, empty) {
  const max = Math.max(...buckets.map((b) => b.value));
  const top = niceMax(max);
  const barW = PLOT_W / buckets.length;
  const { chart, y } = axes(title, t('charts.records'), kind, top);
  buckets.forEach((b, i) => {
    const bar = svg('rect', {
      x: PAD.left + i * barW + 1, y: y(b.value), width: Math.max(1, barW - 2), height: PAD.top + PLOT_H - y(b.value), class: 'bar',
    });
    bar.append(svg('title', {}, `${clock(b.minute)}: ${formatNumber(b.value)}`));
    chart.append(bar);
    if (i % 10 === 0 || i === buckets.length - 1) {
      chart.append(svg('text', { x: PAD.left + i * barW + barW / 2, y: HEIGHT - 6, 'text-anchor': 'middle', class: 'tick' },
        clock(b.minute)));
    }
  });
  const total = buckets.reduce((sum, b) => sum + b.value, 0);
  return figure(title, kind, total, chart, empty);
}

const OUTCOMES = ['written', 'skipped', 'failed'];

/**
 * One pipeline's records by outcome, a stacked bar per run (oldest on the left, each labelled by its start), so a run
 * that wrote nothing and dead-lettered a few stands out; runs is newest first, as the API lists them.
 */
export function outcomeChart(runs) {
  const title = t('charts.outcomes');
  const shown = runs.slice(0, MINUTES).reverse();
  const totals = shown.map((r) => OUTCOMES.reduce((sum, o) => sum + (r.counts?.[o] ?? 0), 0));
  const top = niceMax(Math.max(0, ...totals));
  const { chart, y } = axes(title, t('charts.records'), 'outcomes', top);
  const barW = PLOT_W / Math.max(shown.length, 10);
  shown.forEach((run, i) => {
    let base = 0;
    OUTCOMES.forEach((o) => {
      const value = run.counts?.[o] ?? 0;
      if (!value) return;
      const bar = svg('rect', { x: PAD.left + i * barW + 1, y: y(base + value), width: Math.max(1, barW - 2),
        height: y(base) - y(base + value), class: `bar bar-${o}`, 'data-run': run.id });
      bar.append(svg('title', {}, `#${run.id} ${clockAt(run.startedAt)}: ${formatNumber(value)} ${t(`counts.${o}`)}`));
      chart.append(bar);
      base += value;
    });
    if (i === 0 || i === shown.length - 1 || i === Math.floor(shown.length / 2)) {
      chart.append(svg('text', { x: PAD.left + i * barW + barW / 2, y: HEIGHT - 6, 'text-anchor': 'middle', class: 'tick' },
        clockAt(run.startedAt)));
    }
  });
  const total = totals.reduce((sum, v) => sum + v, 0);
  const legend = h('p', { class: 'legend' }, OUTCOMES.map((o) => h('span', { class: `key key-${o}` }, t(`counts.${o}`))));
  const fig = figure(title, 'outcomes', total, chart, runs.length ? t('charts.noRecords') : t('charts.noRuns'));
  fig.append(legend);
  return fig;
}

function clockAt(iso) {
  return clock(Math.floor(Date.parse(iso) / 60000));
}

function clock(minute) {
  const d = new Date(minute * 60000);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export function runCharts(runs) {
  return h('div', { class: 'charts' },
    barChart(t('charts.throughput'), perMinute(runs, 'written'), 'throughput', t('charts.quiet')),
    barChart(t('charts.errors'), perMinute(runs, 'failed'), 'errors', t('charts.noErrors')));
}
