// Pieces several views share: state badges, schedules, run counts, the live progress bar and pipeline actions.
import { api } from '../api.js';
import { h, badge } from '../dom.js';
import { formatNumber, formatTime, lang, t } from '../i18n.js';

export function stateBadge(state) {
  return badge(state || 'UNKNOWN', state ? t(`state.${state}`) : '–');
}

/** How a run ended as a person reads it: SUCCEEDED_WITH_FAILURES when records were dead-lettered or left in doubt. */
export function outcomeOf(run) {
  if (run.outcome) return run.outcome;
  const c = run.counts || {};
  return run.state === 'SUCCEEDED' && ((c.failed ?? 0) > 0 || (c.inDoubt ?? 0) > 0) ? 'SUCCEEDED_WITH_FAILURES' : run.state;
}

export function runBadge(run) {
  return stateBadge(outcomeOf(run));
}

/** The pipeline's health with what waits for a person: open dead letters and in-doubt writes, linked to its page. */
export function health(p) {
  const waiting = [
    p.openDeadLetters ? `${formatNumber(p.openDeadLetters)} ${t('counts.failed')}` : null,
    p.inDoubt ? `${formatNumber(p.inDoubt)} ${t('counts.inDoubt')}` : null,
  ].filter(Boolean).join(' · ');
  return h('span', { class: 'health-cell', dataset: { health: p.health ?? 'OK' } },
    badge(`health-${(p.health ?? 'OK').toLowerCase()}`, t(`health.${p.health ?? 'OK'}`)),
    waiting ? h('a', { class: 'waiting', href: `#/pipelines/${p.id}` }, ` ${waiting}`) : null);
}

/** ACTIVE or PAUSED, whichever way the pipelines API says it. */
export function pipelineState(p) {
  if (p.state) return p.state;
  return p.paused ? 'PAUSED' : 'ACTIVE';
}

// Turkish says "every 30 seconds" as "30 saniyede bir": the last unit in the locative
const TR_UNITS = { h: ['saat', 'saatte'], min: ['dakika', 'dakikada'], s: ['saniye', 'saniyede'] };

export function scheduleText(schedule) {
  if (schedule?.every) {
    const parts = durationParts(schedule.every);
    if (!parts) return `${t('schedule.every')} ${schedule.every}`;
    if (lang() !== 'tr') return `${t('schedule.every')} ${parts.map(([n, u]) => `${n} ${u}`).join(' ')}`;
    return `${parts.map(([n, u], i) => `${n} ${TR_UNITS[u][i === parts.length - 1 ? 1 : 0]}`).join(' ')} bir`;
  }
  if (schedule?.cron) return `${t('schedule.cron')} ${schedule.cron}`;
  return t('schedule.none');
}

/** PT1H30M → [[1, 'h'], [30, 'min']]; null when not of that form. */
function durationParts(iso) {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(iso || '');
  if (!m) return null;
  return [[m[1], 'h'], [m[2], 'min'], [m[3], 's']].filter(([n]) => n);
}

export function durationMs(ms) {
  if (ms === null || ms === undefined) return '–';
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60000) return `${(ms / 1000).toFixed(1)} ${t('unit.s')}`;
  const min = Math.floor(ms / 60000);
  if (min < 60) return `${min} ${t('unit.min')} ${Math.round((ms % 60000) / 1000)} ${t('unit.s')}`;
  return `${Math.floor(min / 60)} ${t('unit.h')} ${min % 60} ${t('unit.min')}`;
}

export function timeOrNever(iso) {
  return iso ? formatTime(iso) : '–';
}

// what the server last answered to an action, by pipeline: the view re-renders its buttons after the action
const SAID = new Map();
const SAID_SHOWN_MS = 15000;

/**
 * Run now and pause/resume, with the server's answer shown beside the buttons at once (and still after after(answer)
 * has re-rendered the view that holds them).
 */
export function pipelineActions(p, after = () => {}) {
  const said = SAID.get(p.id);
  const status = h('span', { class: 'action-status', role: 'status' },
    said && Date.now() - said.at < SAID_SHOWN_MS ? said.text : '');
  const call = (path, say) => async (e) => {
    e.target.disabled = true;
    status.textContent = '…';
    try {
      const answer = await api(`/api/v1/pipelines/${p.id}/${path}`, { method: 'POST' });
      status.textContent = say(answer);
      SAID.set(p.id, { text: status.textContent, at: Date.now() });
      await after(answer);
    } catch (err) {
      status.replaceChildren(errorBox(err));
    } finally {
      e.target.disabled = false;
    }
  };
  const paused = pipelineState(p) === 'PAUSED';
  return h('span', { class: 'actions' },
    h('button', { type: 'button', class: 'run-now', onclick: call('run', (a) => t(`action.${a.triggered}`)) },
      t('pipeline.run')),
    paused ? h('button', { type: 'button', class: 'secondary resume', onclick: call('resume', () => t('action.resumed')) },
      t('pipeline.resume'))
      : h('button', { type: 'button', class: 'secondary pause', onclick: call('pause', () => t('action.paused')) },
        t('pipeline.pause')),
    status);
}

const SHOWN = ['read', 'written', 'skipped', 'failed', 'retrying', 'inDoubt', 'inDoubtResolved'];

export function countList(counts = {}) {
  return h('dl', { class: 'counts' }, SHOWN.map((k) => h('div', { class: `count count-${k}` },
    h('dt', {}, t(`counts.${k}`)), h('dd', { dataset: { count: k } }, formatNumber(counts[k] ?? 0)))));
}

/**
 * A run's progress: segments for written, skipped and failed records out of those read; striped while it runs
 * (a source does not say how many records are left, so there is no percentage to show).
 */
export function progressBar(run) {
  const c = run.counts || {};
  const read = Math.max(c.read ?? 0, 1);
  const part = (k) => `${Math.min(100, ((c[k] ?? 0) / read) * 100)}%`;
  const running = run.state === 'RUNNING';
  return h('div', { class: `progress ${running ? 'running' : ''}`, role: 'progressbar',
    'aria-valuetext': `${c.read ?? 0} ${t('counts.read')}` },
  h('span', { class: 'seg seg-written', style: `width:${part('written')}` }),
  h('span', { class: 'seg seg-skipped', style: `width:${part('skipped')}` }),
  h('span', { class: 'seg seg-failed', style: `width:${part('failed')}` }));
}

/** Running: what the run does now, how long it has run and waited for rate limits (ticks between events). */
export function runActivity(run) {
  if (run.state !== 'RUNNING') return null;
  const since = run.startedAt ? Date.now() - Date.parse(run.startedAt)
    : (run.elapsedMs ?? 0) + (Date.now() - (run.seenAt ?? Date.now()));
  return h('p', { class: 'activity muted', dataset: { phase: run.phase ?? '' } },
    run.phase ? `${t(`phase.${run.phase}`)} · ` : '', `${t('run.elapsed')} ${durationMs(Math.max(0, since))}`,
    ` · ${t('run.throttled')} ${durationMs(run.counts?.throttledMs ?? 0)}`);
}

export function errorBox(e) {
  if (e?.status === 404) return h('p', { class: 'notice' }, t('api.missing'));
  return h('p', { class: 'error', role: 'alert' }, `${t('common.error')}: ${e?.message ?? e}`,
    e?.vendorMessage ? h('span', { class: 'vendor-message' }, ` — ${e.vendorMessage}`) : null);
}

export function route(p, connections) {
  const name = (id) => connections.get(id)?.name ?? `#${id}`;
  const arrow = p.mode === 'TWO_WAY' ? ' ⇄ ' : ' → ';
  return `${name(p.source?.connectionId)} (${p.source?.entity})${arrow}${name(p.target?.connectionId)} (${p.target?.entity})`;
}
