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

/** A chart with its title, what it counts in brackets (by default the total) and, when total is 0, why. */
function figure(title, kind, total, chart, empty, counted = formatNumber(total)) {
  return h('figure', { class: 'card chart-card', dataset: { chart: kind, total: String(total) } },
    h('figcaption', {}, title, ' ', h('span', { class: 'muted' }, `(${counted})`)), chart,
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
    minuteTick(chart, i, buckets.length, barW, b.minute);
  });
  const total = buckets.reduce((sum, b) => sum + b.value, 0);
  return figure(title, kind, total, chart, empty);
}

const OUTCOMES = ['written', 'skipped', 'failed'];

/** Column i's parts ({ value, kind, tip, data }), stacked from the axis up; an empty part draws nothing. */
function stack(chart, y, i, barW, parts) {
  let base = 0;
  parts.forEach(({ value, kind, tip, data = {} }) => {
    if (!value) return;
    const bar = svg('rect', { x: PAD.left + i * barW + 1, y: y(base + value), width: Math.max(1, barW - 2),
      height: y(base) - y(base + value), class: `bar bar-${kind}`, ...data });
    bar.append(svg('title', {}, tip));
    chart.append(bar);
    base += value;
  });
}

/** A time label under column i of n: every tenth, and the last (ending at the plot's edge, not cut by it). */
function minuteTick(chart, i, n, barW, minute) {
  const last = i === n - 1;
  if (i % 10 === 0 || last) {
    chart.append(svg('text', { x: last ? WIDTH - PAD.right : PAD.left + i * barW + barW / 2, y: HEIGHT - 6,
      'text-anchor': last ? 'end' : 'middle', class: 'tick' }, clock(minute)));
  }
}

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
    stack(chart, y, i, barW, OUTCOMES.map((o) => ({ value: run.counts?.[o] ?? 0, kind: o, data: { 'data-run': run.id },
      tip: `#${run.id} ${clockAt(run.startedAt)}: ${formatNumber(run.counts?.[o] ?? 0)} ${t(`counts.${o}`)}` })));
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

/**
 * One connection's vendor calls minute by minute (perMinute as /api/v1/connections/{id}/activity answers, oldest
 * first): calls stacked as answered and failed, and the p50 and p95 latency in milliseconds. The server counts since
 * it started, so an empty chart after a restart says so.
 */
export function activityCharts(perMinute) {
  const minutes = perMinute.map((m) => ({ ...m, minute: Math.floor(Date.parse(m.minute) / 60000) }));
  const failedOf = (m) => m.outcomes.filter((o) => o.outcome !== 'ok');
  const barW = PLOT_W / Math.max(minutes.length, 10);
  const empty = t('charts.noCalls');

  const callsTitle = t('charts.calls');
  const calls = axes(callsTitle, t('charts.callsUnit'), 'calls', niceMax(Math.max(0, ...minutes.map((m) => m.calls))));
  minutes.forEach((m, i) => {
    const failed = failedOf(m);
    const failedCount = failed.reduce((sum, o) => sum + o.calls, 0);
    stack(calls.chart, calls.y, i, barW, [
      { value: m.calls - failedCount, kind: 'ok', tip: `${clock(m.minute)}: ${formatNumber(m.calls - failedCount)} ${t('charts.answered')}` },
      { value: failedCount, kind: 'failed',
        tip: `${clock(m.minute)}: ${failed.map((o) => `${formatNumber(o.calls)} ${o.outcome}`).join(', ')}` },
    ]);
    minuteTick(calls.chart, i, minutes.length, barW, m.minute);
  });
  const total = minutes.reduce((sum, m) => sum + m.calls, 0);
  const callsFigure = figure(callsTitle, 'calls', total, calls.chart, empty);
  callsFigure.append(h('p', { class: 'legend' }, h('span', { class: 'key key-ok' }, t('charts.answered')),
    h('span', { class: 'key key-failed' }, t('charts.failedCalls'))));

  const latencyTitle = t('charts.latency');
  const latency = axes(latencyTitle, 'ms', 'latency', niceMax(Math.max(0, ...minutes.map((m) => m.p95Ms ?? 0))));
  minutes.forEach((m, i) => {
    if (m.calls) {
      // the p50 bar drawn over the p95 one: the light top is how much slower the slowest twentieth were
      ['p95', 'p50'].forEach((p) => {
        const value = m[`${p}Ms`];
        const bar = svg('rect', { x: PAD.left + i * barW + 1, y: latency.y(value), width: Math.max(1, barW - 2),
          height: PAD.top + PLOT_H - latency.y(value), class: `bar bar-${p}` });
        bar.append(svg('title', {}, `${clock(m.minute)}: p50 ${formatNumber(m.p50Ms)} ms, p95 ${formatNumber(m.p95Ms)} ms`));
        latency.chart.append(bar);
      });
    }
    minuteTick(latency.chart, i, minutes.length, barW, m.minute);
  });
  const latencyFigure = figure(latencyTitle, 'latency', total, latency.chart, empty,
    `${formatNumber(total)} ${t('charts.callsUnit')}`);
  latencyFigure.append(h('p', { class: 'legend' }, h('span', { class: 'key key-p50' }, t('charts.p50')),
    h('span', { class: 'key key-p95' }, t('charts.p95'))));
  return h('div', { class: 'charts' }, callsFigure, latencyFigure);
}
