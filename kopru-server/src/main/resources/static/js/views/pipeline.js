// One pipeline: what it is (route, mode, schedule, next run, options), run now / pause, its runs (queried by the
// server, pageable), its dead letters (expandable: the record, the full message, the attempts; replay one or all) and
// in-doubt writes. Live: the page reads the server again when a run of this pipeline starts or ends.
import { api, items } from '../api.js';
import { outcomeChart } from '../charts.js';
import { clear, h, table } from '../dom.js';
import { formatNumber, formatTime, t } from '../i18n.js';
import {
  countList, durationMs, errorBox, health, runActivity, pipelineActions, pipelineState, progressBar, route, runBadge, scheduleText,
  stateBadge, timeOrNever,
} from './common.js';
import { pipelineForm } from './forms.js';

const RUNS_PAGE = 20;

export async function pipeline(main, id, live) {
  const head = h('section', { class: 'card', id: 'pipeline' }, h('p', { class: 'muted' }, t('common.loading')));
  const liveBox = h('section', { class: 'live-runs', id: 'pipeline-live' });
  const runsBox = h('section', { class: 'card', id: 'runs' }, h('h2', {}, t('runs.title')));
  const chartBox = h('section', { id: 'pipeline-chart' });
  const deadBox = h('section', { class: 'card', id: 'dead-letters' }, h('h2', {}, t('deadLetters.title')));
  const intentsBox = h('section', { class: 'card', id: 'intents' }, h('h2', {}, t('intents.title')));
  const formBox = h('div', { id: 'pipeline-form-box' });
  clear(main, h('p', {}, h('a', { href: '#/' }, `← ${t('common.back')}`)), head, formBox, liveBox, chartBox, runsBox, deadBox,
    intentsBox);

  const letters = { showAll: false, notice: null, replayed: new Set(), stage: '', text: '', selected: new Set() };
  const refresh = async () => {
    await Promise.all([header(head, id, refresh, formBox), runs(runsBox, id), chart(chartBox, id),
      deadLetters(deadBox, id, letters, refresh),
      intents(intentsBox, id)]);
  };
  const renderLive = () => clear(liveBox, live.recent(0).filter((r) => String(r.pipelineId) === String(id))
    .map((run) => h('article', { class: 'card live-run', dataset: { run: run.id, state: run.state } },
      h('header', {}, h('a', { href: `#/runs/${run.id}` }, `${t('run.title')} #${run.id}`), ' ', runBadge(run)),
      progressBar(run), runActivity(run), countList(run.counts))));
  live.onChange = renderLive;
  live.onFinished = (run) => {
    if (String(run.pipelineId) === String(id)) refresh().catch(() => {});
  };
  live.onStarted = (run) => {
    if (String(run.pipelineId) === String(id)) header(head, id, refresh, formBox).catch(() => {});
  };
  renderLive();
  await refresh();
}

async function header(box, id, refresh, formBox) {
  let p;
  let connections;
  try {
    [p, connections] = await Promise.all([api(`/api/v1/pipelines/${id}`), api('/api/v1/connections')]);
  } catch (e) {
    clear(box, errorBox(e));
    return;
  }
  const byId = new Map(items(connections).map((c) => [c.id, c]));
  const fact = (label, value) => h('div', {}, h('dt', {}, label), h('dd', {}, value));
  clear(box,
    h('h2', {}, p.name, ' ', stateBadge(p.running ? 'RUNNING' : pipelineState(p)), ' ', health(p)),
    h('dl', { class: 'facts' },
      fact(t('pipeline.route'), route(p, byId)),
      fact(t('pipeline.mode'), t(`mode.${p.mode}`)),
      fact(t('pipeline.schedule'), scheduleText(p.schedule)),
      fact(t('pipeline.nextRun'), p.paused ? t('state.PAUSED') : timeOrNever(p.nextRunAt)),
      fact(t('pipeline.batchSize'), formatNumber(p.batchSize)),
      fact(t('pipeline.version'), String(p.version)),
      fact(t('pipeline.options'), h('pre', { class: 'json' }, JSON.stringify(p.options ?? {}, null, 2)))),
    h('div', { class: 'toolbar' }, pipelineActions(p, refresh),
      h('button', { type: 'button', class: 'secondary edit', onclick: async () => {
        clear(formBox, await pipelineForm(p, async () => {
          clear(formBox);
          await refresh();
        }, () => clear(formBox)));
      } }, t('form.edit')),
      h('button', { type: 'button', class: 'danger delete', onclick: (e) => remove(e, p) }, t('form.delete'))));
}

/** Deletes after a confirmation (with its runs, links and dead letters); refused by the server while it runs. */
async function remove(e, p) {
  if (!window.confirm(`${t('form.confirmDelete')} ${p.name}`)) return;
  try {
    await api(`/api/v1/pipelines/${p.id}`, { method: 'DELETE' });
    window.location.hash = '#/';
  } catch (err) {
    e.target.after(errorBox(err));
  }
}

async function runs(box, id) {
  const title = h('h2', {}, t('runs.title'));
  const body = h('div', {});
  clear(box, title, body);
  const page = async (before) => {
    let list;
    try {
      list = await api(`/api/v1/pipelines/${id}/runs?limit=${RUNS_PAGE}${before ? `&before=${before}` : ''}`);
    } catch (e) {
      body.append(errorBox(e));
      return;
    }
    body.append(runTable(items(list)));
    if (list.next) {
      const more = h('button', { type: 'button', class: 'secondary older', onclick: () => {
        more.remove();
        page(list.next);
      } }, t('runs.older'));
      body.append(more);
    }
  };
  await page(null);
}

function runTable(list) {
  return table([
    { label: t('run.started'), value: (r) => h('a', { href: `#/runs/${r.id}` }, formatTime(r.startedAt)) },
    { label: t('run.outcome'), value: (r) => runBadge(r) },
    { label: t('run.duration'), value: (r) => durationMs(r.durationMs) },
    { label: t('counts.read'), value: (r) => formatNumber(r.counts?.read) },
    { label: t('counts.written'), value: (r) => formatNumber(r.counts?.written) },
    { label: t('counts.skipped'), value: (r) => formatNumber(r.counts?.skipped) },
    { label: t('counts.failed'), value: (r) => formatNumber(r.counts?.failed) },
    { label: t('counts.inDoubt'), value: (r) => formatNumber(r.counts?.inDoubt) },
    { label: t('run.error'), value: (r) => r.error ?? '' },
  ], list, (r) => ({ dataset: { run: r.id, outcome: r.outcome ?? r.state } }));
}

/** This pipeline's own last runs, records by outcome. */
async function chart(box, id) {
  try {
    clear(box, outcomeChart(items(await api(`/api/v1/pipelines/${id}/runs?limit=30`))));
  } catch (e) {
    clear(box, errorBox(e));
  }
}

async function deadLetters(box, id, view, refresh) {
  const title = h('h2', {}, t('deadLetters.title'));
  let list;
  try {
    // replayed letters are listed on request, and those replayed from this page stay: the row shows its new state
    const query = new URLSearchParams({ state: 'ALL', stage: view.stage, q: view.text });
    list = items(await api(`/api/v1/pipelines/${id}/dead-letters?${query}`))
      .filter((d) => view.showAll || d.state === 'OPEN' || view.replayed.has(d.id));
  } catch (e) {
    clear(box, title, errorBox(e));
    return;
  }
  const showAll = h('label', { class: 'inline' }, h('input', { type: 'checkbox', class: 'show-all', checked: view.showAll,
    onchange: (e) => {
      view.showAll = e.target.checked;
      deadLetters(box, id, view, refresh);
    } }), ` ${t('deadLetter.showAll')}`);
  const open = list.filter((d) => d.state === 'OPEN');
  view.selected = new Set(open.map((d) => d.id).filter((d) => view.selected.has(d)));
  const filtered = view.stage || view.text;
  // "all" means all the filter shows: the replay carries the same filter, so what is replayed is what is listed
  const replayAll = h('button', { type: 'button', class: 'replay-all', disabled: !open.length,
    onclick: (e) => replay(e, `/api/v1/pipelines/${id}/dead-letters/replay`, view, refresh,
      { stage: view.stage || null, text: view.text || null }) },
    t(filtered ? 'deadLetter.replayShown' : 'deadLetter.replayAll'));
  const replaySelected = h('button', { type: 'button', class: 'replay-selected secondary', disabled: !view.selected.size,
    onclick: (e) => replay(e, `/api/v1/pipelines/${id}/dead-letters/replay`, view, refresh, { ids: [...view.selected] }) },
    `${t('deadLetter.replaySelected')} (${view.selected.size})`);
  const again = () => deadLetters(box, id, view, refresh);
  const stage = h('select', { class: 'letter-stage', 'aria-label': t('deadLetter.stage'),
    onchange: (e) => { view.stage = e.target.value; again(); } },
  ['', 'READ', 'MAP', 'WRITE', 'AFTER'].map((s) => h('option', { value: s, selected: s === view.stage },
    s ? t(`stage.${s}`) : t('deadLetter.anyStage'))));
  const text = h('input', { type: 'search', class: 'letter-text', value: view.text, placeholder: t('deadLetter.search'),
    'aria-label': t('deadLetter.search'), onchange: (e) => { view.text = e.target.value.trim(); again(); } });
  const notice = view.notice ? h('div', { class: 'replay-result', role: 'status' }, view.notice) : null;
  view.notice = null;
  clear(box, title, h('div', { class: 'toolbar' }, stage, text, replayAll, replaySelected, showAll), notice,
    list.length ? letterTable(list, id, view, refresh, replaySelected)
      : h('p', { class: 'muted' }, t(filtered ? 'deadLetters.noMatch' : 'deadLetters.empty')));
}

function letterTable(list, id, view, refresh, replaySelected) {
  const grid = table([
    { label: '', value: (d) => (d.state === 'OPEN' ? h('input', { type: 'checkbox', class: 'select-letter',
      'aria-label': `${t('deadLetter.select')} ${d.sourceKey}`, checked: view.selected.has(d.id),
      onchange: (e) => {
        if (e.target.checked) view.selected.add(d.id); else view.selected.delete(d.id);
        replaySelected.disabled = !view.selected.size;
        replaySelected.textContent = `${t('deadLetter.replaySelected')} (${view.selected.size})`;
      } }) : '') },
    { label: t('deadLetter.record'), value: (d) => d.sourceKey },
    { label: t('pipeline.state'), value: (d) => stateBadge(d.state) },
    { label: t('deadLetter.outcome'), value: (d) => d.outcome ?? '' },
    { label: t('deadLetter.field'), value: (d) => d.field ?? '' },
    { label: t('deadLetter.vendorMessage'), value: (d) => h('span', { class: 'vendor-message' },
      d.vendorMessage ?? d.message ?? '') },
    { label: t('deadLetter.created'), value: (d) => formatTime(d.createdAt) },
    { label: t('pipeline.actions'), value: (d) => h('span', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary details', 'aria-expanded': 'false',
        onclick: (e) => toggleDetails(e.target, d) }, t('deadLetter.details')),
      d.state === 'REPLAYED' ? h('span', { class: 'replayed' }, t('deadLetter.replayed'))
        : h('button', { type: 'button', class: 'replay',
          onclick: (e) => replay(e, `/api/v1/pipelines/${id}/dead-letters/${d.id}/replay`, view, refresh) },
        t('deadLetter.replay'))) },
  ], list, (d) => ({ dataset: { deadLetter: d.id } }));
  return grid;
}

/** Opens, below the letter's row, what the API knows: the full messages, the attempts and the record as read. */
function toggleDetails(button, d) {
  const row = button.closest('tr');
  const next = row.nextElementSibling;
  if (next?.classList.contains('letter-details')) {
    next.remove();
    button.setAttribute('aria-expanded', 'false');
    return;
  }
  button.setAttribute('aria-expanded', 'true');
  const attempts = Array.isArray(d.attempts) ? d.attempts : [];
  row.after(h('tr', { class: 'letter-details', dataset: { detailsOf: d.id } }, h('td', { colspan: '8' },
    h('dl', { class: 'facts' },
      h('div', {}, h('dt', {}, t('deadLetter.stage')), h('dd', {}, d.stage ?? '')),
      h('div', {}, h('dt', {}, t('deadLetter.message')), h('dd', { class: 'vendor-message full-message' }, d.message ?? '')),
      d.vendorMessage ? h('div', {}, h('dt', {}, t('deadLetter.vendorMessage')),
        h('dd', { class: 'vendor-message' }, d.vendorMessage)) : null),
    attempts.length ? h('div', {}, h('h3', {}, `${t('deadLetter.attempts')} (${attempts.length})`), table([
      { label: t('deadLetter.at'), value: (a) => formatTime(a.at) },
      { label: t('deadLetter.stage'), value: (a) => a.step ?? '' },
      { label: t('deadLetter.outcome'), value: (a) => a.outcome ?? '' },
      { label: t('deadLetter.message'), value: (a) => h('span', { class: 'vendor-message' }, a.message ?? '') },
    ], attempts)) : null,
    h('h3', {}, t('deadLetter.asRead')), h('pre', { class: 'json record' }, JSON.stringify(d.record ?? {}, null, 2)))));
}

/** Replays one letter or all open ones and says what became of each (or that it waits for the run to end). */
async function replay(e, path, view, refresh, filter) {
  e.preventDefault();
  e.target.disabled = true;
  try {
    const answer = await api(path, filter ? { method: 'POST', body: filter } : { method: 'POST' });
    view.selected.clear();
    const results = answer?.items ?? (answer ? [answer] : []);
    results.forEach((r) => view.replayed.add(r.deadLetterId));
    view.notice = results.length
      ? results.map((r) => h('div', { dataset: { replayOf: r.deadLetterId, result: r.result } },
        `${r.sourceKey}: ${t(`replay.${r.result}`)}`))
      : t('replay.none');
    await refresh();
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
