// One pipeline: its runs, its dead letters (with the vendor's message and a replay button) and in-doubt writes.
import { api, items } from '../api.js';
import { clear, h, table } from '../dom.js';
import { formatNumber, formatTime, t } from '../i18n.js';
import { durationMs, errorBox, pipelineState, scheduleText, stateBadge } from './common.js';

export async function pipeline(main, id) {
  const head = h('section', { class: 'card' }, h('p', { class: 'muted' }, t('common.loading')));
  const runsBox = h('section', { class: 'card', id: 'runs' }, h('h2', {}, t('runs.title')));
  const deadBox = h('section', { class: 'card', id: 'dead-letters' }, h('h2', {}, t('deadLetters.title')));
  const intentsBox = h('section', { class: 'card', id: 'intents' }, h('h2', {}, t('intents.title')));
  clear(main, h('p', {}, h('a', { href: '#/' }, `← ${t('common.back')}`)), head, runsBox, deadBox, intentsBox);

  const [p, runs] = await Promise.allSettled([api(`/api/v1/pipelines/${id}`), api('/api/v1/runs?limit=200')]);
  if (p.status === 'fulfilled') {
    clear(head, h('h2', {}, p.value.name, ' ', stateBadge(pipelineState(p.value))),
      h('p', { class: 'muted' }, scheduleText(p.value.schedule)));
  } else {
    clear(head, errorBox(p.reason));
  }
  if (runs.status === 'fulfilled') {
    const mine = items(runs.value).filter((r) => String(r.pipelineId) === String(id)).slice(0, 20);
    runsBox.append(table([
      { label: t('run.started'), value: (r) => formatTime(r.startedAt) },
      { label: t('pipeline.state'), value: (r) => stateBadge(r.state) },
      { label: t('run.duration'), value: (r) => durationMs(r.durationMs) },
      { label: t('counts.read'), value: (r) => formatNumber(r.counts?.read) },
      { label: t('counts.written'), value: (r) => formatNumber(r.counts?.written) },
      { label: t('counts.failed'), value: (r) => formatNumber(r.counts?.failed) },
      { label: t('run.error'), value: (r) => r.error ?? '' },
    ], mine));
  } else {
    runsBox.append(errorBox(runs.reason));
  }
  await Promise.all([deadLetters(deadBox, id), intents(intentsBox, id)]);
}

async function deadLetters(box, id) {
  const title = h('h2', {}, t('deadLetters.title'));
  let list;
  try {
    // replayed letters stay listed, so that a replay shows as the row's new state
    list = items(await api(`/api/v1/pipelines/${id}/dead-letters?state=ALL`));
  } catch (e) {
    clear(box, title, errorBox(e));
    return;
  }
  if (!list.length) {
    clear(box, title, h('p', { class: 'muted' }, t('deadLetters.empty')));
    return;
  }
  clear(box, title, table([
    { label: t('deadLetter.record'), value: (d) => d.sourceKey },
    { label: t('pipeline.state'), value: (d) => stateBadge(d.state) },
    { label: t('deadLetter.outcome'), value: (d) => d.outcome ?? '' },
    { label: t('deadLetter.field'), value: (d) => d.field ?? '' },
    { label: t('deadLetter.vendorMessage'), value: (d) => h('span', { class: 'vendor-message' },
      d.vendorMessage ?? d.message ?? '') },
    { label: t('deadLetter.created'), value: (d) => formatTime(d.createdAt) },
    { label: t('pipeline.actions'), value: (d) => (d.state === 'REPLAYED'
      ? h('span', { class: 'replayed' }, t('deadLetter.replayed'))
      : h('button', { type: 'button', class: 'replay', onclick: (e) => replay(e, box, id, d) }, t('deadLetter.replay'))) },
  ], list, (d) => ({ dataset: { deadLetter: d.id } })));
}

async function replay(e, box, id, d) {
  e.target.disabled = true;
  try {
    await api(`/api/v1/pipelines/${id}/dead-letters/${d.id}/replay`, { method: 'POST' });
    // the server's list again: the row's new state, and a new letter if the record failed once more
    await deadLetters(box, id);
  } catch (err) {
    e.target.disabled = false;
    e.target.after(errorBox(err));
  }
}

async function intents(box, id) {
  const title = h('h2', {}, t('intents.title'));
  let list;
  try {
    list = items(await api(`/api/v1/pipelines/${id}/intents?state=IN_DOUBT`));
  } catch (e) {
    clear(box, title, errorBox(e));
    return;
  }
  clear(box, title, list.length ? table([
    { label: t('deadLetter.record'), value: (i) => i.sourceKey },
    { label: t('intent.key'), value: (i) => `${i.targetKeyName ?? ''} ${i.targetKeyValue ?? ''}` },
    { label: t('pipeline.state'), value: (i) => stateBadge(i.state) },
    { label: t('intent.attempts'), value: (i) => formatNumber(i.attempts) },
    { label: t('intent.since'), value: (i) => formatTime(i.createdAt) },
  ], list) : h('p', { class: 'muted' }, t('intents.empty')));
}
