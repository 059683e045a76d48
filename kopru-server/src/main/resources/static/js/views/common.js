// Pieces several views share: state badges, schedules, run counts and the live progress bar.
import { h, badge } from '../dom.js';
import { formatNumber, t } from '../i18n.js';

export function stateBadge(state) {
  return badge(state || 'UNKNOWN', state ? t(`state.${state}`) : '–');
}

/** ACTIVE or PAUSED, whichever way the pipelines API says it. */
export function pipelineState(p) {
  if (p.state) return p.state;
  return p.paused ? 'PAUSED' : 'ACTIVE';
}

export function scheduleText(schedule) {
  if (schedule?.every) return `${t('schedule.every')} ${humanDuration(schedule.every)}`;
  if (schedule?.cron) return `${t('schedule.cron')} ${schedule.cron}`;
  return t('schedule.none');
}

/** PT30S → 30 s, PT1M → 1 min; anything else as given. */
export function humanDuration(iso) {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(iso || '');
  if (!m) return iso;
  return [m[1] && `${m[1]} h`, m[2] && `${m[2]} min`, m[3] && `${m[3]} s`].filter(Boolean).join(' ');
}

export function durationMs(ms) {
  if (ms === null || ms === undefined) return '–';
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
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
