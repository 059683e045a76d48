// One run: its outcome, timing, counts, time waited for rate limits, throughput, error; a timeline (start, the records
// it dead-lettered or kept for retry, its lines from the server's log, the end) and the dead letters it left with their
// attempts; live while it runs (the server's progress events), read again when it ends.
import { api, items } from '../api.js';
import { clear, h } from '../dom.js';
import { formatNumber, formatTime, t } from '../i18n.js';
import {
  countList, durationMs, errorBox, outcomeOf, progressBar, runActivity, runBadge, stateBadge,
} from './common.js';

export async function run(main, id, live) {
  const box = h('section', { class: 'card', id: 'run' }, h('p', { class: 'muted' }, t('common.loading')));
  const lettersBox = h('section', { class: 'card', id: 'run-dead-letters' });
  const timelineBox = h('section', { class: 'card', id: 'run-timeline' });
  clear(main, box, timelineBox, lettersBox);
  let shown;
  const render = (r) => {
    shown = r;
    const fact = (label, value) => h('div', {}, h('dt', {}, label), h('dd', {}, value));
    const seconds = Math.max(r.durationMs ?? 0, 1) / 1000;
    clear(box,
      h('p', {}, h('a', { href: `#/pipelines/${r.pipelineId}` }, `← ${r.pipelineName ?? `#${r.pipelineId}`}`)),
      h('h2', {}, `${t('run.title')} #${r.id} `, runBadge(r)),
      progressBar(r), runActivity(r), countList(r.counts),
      h('dl', { class: 'facts' },
        fact(t('run.started'), formatTime(r.startedAt)),
        fact(t('run.ended'), r.endedAt ? formatTime(r.endedAt) : '–'),
        fact(r.endedAt ? t('run.duration') : t('run.elapsed'), durationMs(r.durationMs)),
        fact(t('run.throttled'), durationMs(r.counts?.throttledMs ?? 0)),
        fact(t('run.throughput'), formatNumber(Math.round(((r.counts?.read ?? 0) / seconds) * 10) / 10)),
        r.error ? fact(t('run.error'), h('span', { class: 'vendor-message run-error' }, r.error)) : null));
  };
  const load = async () => {
    try {
      render(await api(`/api/v1/runs/${id}`));
    } catch (e) {
      clear(box, errorBox(e));
      return;
    }
    const mine = await letters(lettersBox, shown);
    await timeline(timelineBox, shown, mine);
  };
  live.onChange = () => {
    const now = live.runs.get(Number(id));
    if (now && shown && now.state === 'RUNNING') {
      render({ ...shown, counts: now.counts, outcome: outcomeOf(now), phase: now.phase });
    }
  };
  live.onFinished = (r) => {
    if (String(r.id) === String(id)) load();
  };
  await load();
}

/**
 * The pipeline's dead letters created while the run went (letters name their record, not their run), with how often
 * each was tried and whether later runs retry it; returns them for the timeline.
 */
async function letters(box, r) {
  const title = h('h2', {}, t('run.deadLetters'));
  try {
    const from = Date.parse(r.startedAt);
    const to = r.endedAt ? Date.parse(r.endedAt) : Infinity;
    const mine = items(await api(`/api/v1/pipelines/${r.pipelineId}/dead-letters?state=ALL`))
      .filter((d) => Date.parse(d.createdAt) >= from && Date.parse(d.createdAt) <= to);
    clear(box, title, mine.length ? h('ul', { class: 'letters' }, mine.map((d) => h('li', { dataset: { deadLetter: d.id } },
      h('a', { href: `#/pipelines/${r.pipelineId}` }, d.sourceKey), ' ', stateBadge(d.state), ' ',
      h('span', { class: 'attempts' }, `${t('deadLetter.attempts')}: ${formatNumber(d.attempts?.length ?? 0)}`),
      d.state === 'RETRYING' ? h('span', { class: 'muted' }, ` · ${t('run.retriedLater')}`) : null, ' ',
      h('span', { class: 'vendor-message' }, d.vendorMessage ?? d.message ?? '')))) : h('p', { class: 'muted' }, t('deadLetters.empty')));
    return mine;
  } catch (e) {
    clear(box, title, errorBox(e));
    return [];
  }
}

/** What happened, in order: the start, each record that failed, the run's log lines, the end. */
async function timeline(box, r, mine) {
  const title = h('h2', {}, t('run.timeline'));
  let lines = [];
  try {
    lines = items(await api(`/api/v1/runs/${r.id}/log`));
  } catch (e) {
    box.append(errorBox(e));
  }
  // a dead letter's own log line says what its entry below says already
  const lettered = new Set(mine.map((d) => d.sourceKey));
  lines = lines.filter((l) => !(lettered.has(l.recordKey) && String(l.message).startsWith('dead-lettered')));
  const events = [
    { at: r.startedAt, kind: 'start', text: t('run.started') },
    ...mine.map((d) => ({ at: d.createdAt, kind: d.state === 'RETRYING' ? 'retry' : 'failed',
      text: `${d.sourceKey}: ${d.state === 'RETRYING' ? t('run.keptForRetry') : t('run.deadLettered')} (${t(`stage.${d.stage}`)})` })),
    ...lines.map((l) => ({ at: l.at, kind: `log-${String(l.level).toLowerCase()}`, level: l.level,
      text: l.recordKey ? `${l.recordKey}: ${l.message}` : l.message })),
    r.endedAt ? { at: r.endedAt, kind: 'end', text: `${t('run.ended')}: ${t(`state.${outcomeOf(r)}`)}` } : null,
  ].filter(Boolean).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  clear(box, title, h('ol', { class: 'timeline' }, events.map((e) => h('li', { dataset: { kind: e.kind } },
    h('time', { datetime: e.at }, formatTime(e.at)), ' ', e.level ? h('span', { class: 'level' }, e.level) : null,
    ' ', h('span', { class: 'what' }, e.text)))));
}
