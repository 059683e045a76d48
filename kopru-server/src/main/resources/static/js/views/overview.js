// Overview: pipelines with state, schedule and last runs; live runs (server-sent events); charts over time.
import { api, items } from '../api.js';
import { runCharts } from '../charts.js';
import { clear, h, table } from '../dom.js';
import { formatTime, t } from '../i18n.js';
import {
  countList, errorBox, health, runActivity, outcomeOf, pipelineActions, pipelineState, progressBar, route, runBadge, scheduleText,
  stateBadge,
} from './common.js';
import { pipelineForm } from './forms.js';

const FINISHED_SHOWN_MS = 60000;
/** Last runs shown as dots per pipeline. */
const DOTS = 6;

export async function overview(main, live) {
  const pipelinesBox = h('section', { class: 'card', id: 'pipelines' }, h('h2', {}, t('pipelines.title')),
    h('p', { class: 'muted' }, t('common.loading')));
  const liveBox = h('section', { class: 'card', id: 'live' }, h('h2', {}, t('live.title')), h('div', { class: 'live-runs' }));
  const chartsBox = h('section', { id: 'charts' });
  const formBox = h('div', { id: 'pipeline-form-box' });
  clear(main, liveBox, formBox, pipelinesBox, chartsBox);
  const newPipeline = h('button', { type: 'button', class: 'new-pipeline', onclick: async () => {
    clear(formBox, await pipelineForm(undefined, (p) => { window.location.hash = `#/pipelines/${p.id}`; },
      () => clear(formBox)));
  } }, t('pipelines.new'));

  // events carry the pipeline's id only: its name comes from the pipelines list
  const names = new Map();
  const refresh = async () => {
    // the dots are each pipeline's own last runs (a busy pipeline cannot push a quiet one's out of a shared list)
    const [connections, pipelines, runs, latest] = await Promise.allSettled([
      api('/api/v1/connections'), api('/api/v1/pipelines'), api('/api/v1/runs?limit=200'),
      api(`/api/v1/runs/latest?each=${DOTS}`)]);
    const runList = runs.status === 'fulfilled' ? items(runs.value) : [];
    if (pipelines.status === 'fulfilled') {
      items(pipelines.value).forEach((p) => names.set(p.id, p.name));
      renderLive(liveBox.querySelector('.live-runs'), live, names);
    }
    renderPipelines(pipelinesBox, pipelines, connections, latest.status === 'fulfilled' ? items(latest.value) : [], refresh);
    pipelinesBox.querySelector('h2').after(h('div', { class: 'toolbar' }, newPipeline));
    clear(chartsBox, runs.status === 'fulfilled' ? runCharts(runList) : errorBox(runs.reason));
    runList.filter((r) => r.state === 'RUNNING').forEach((r) => live.update(r));
  };
  live.onChange = () => renderLive(liveBox.querySelector('.live-runs'), live, names);
  live.onFinished = () => refresh().catch(() => {});
  live.onStarted = () => refresh().catch(() => {});
  renderLive(liveBox.querySelector('.live-runs'), live, names);
  await refresh();
}

function renderPipelines(box, pipelines, connections, runs, refresh) {
  const title = h('h2', {}, t('pipelines.title'));
  if (pipelines.status === 'rejected') {
    clear(box, title, errorBox(pipelines.reason));
    return;
  }
  const byId = new Map((connections.status === 'fulfilled' ? items(connections.value) : []).map((c) => [c.id, c]));
  const list = items(pipelines.value);
  if (!list.length) {
    clear(box, title, h('p', { class: 'muted' }, t('pipelines.empty')));
    return;
  }
  const runsOf = (id) => runs.filter((r) => r.pipelineId === id);
  clear(box, title, table([
    { label: t('pipeline.name'), value: (p) => h('a', { href: `#/pipelines/${p.id}` }, p.name) },
    { label: t('pipeline.route'), value: (p) => route(p, byId) },
    { label: t('pipeline.state'), value: (p) => stateBadge(p.running ? 'RUNNING' : pipelineState(p)) },
    { label: t('pipeline.health'), value: (p) => health(p) },
    { label: t('pipeline.schedule'), value: (p) => scheduleText(p.schedule) },
    { label: t('pipeline.lastRuns'), value: (p) => h('span', { class: 'dots' }, runsOf(p.id).length
      ? runsOf(p.id).map((r) => h('a', { class: `dot dot-${outcomeOf(r).toLowerCase()}`, href: `#/runs/${r.id}`,
        dataset: { outcome: outcomeOf(r) }, title: `${t(`state.${outcomeOf(r)}`)} · ${formatTime(r.startedAt)}` }))
      : t('common.never')) },
    { label: t('pipeline.actions'), value: (p) => pipelineActions(p, () => refresh().catch(() => {})) },
  ], list, (p) => ({ dataset: { pipeline: p.id } })));
}

function renderLive(box, live, names) {
  const runs = live.recent(FINISHED_SHOWN_MS);
  if (!runs.length) {
    clear(box, h('p', { class: 'muted' }, t('live.none')));
    return;
  }
  clear(box, runs.map((run) => h('article', { class: 'live-run', dataset: { run: run.id, state: run.state } },
    h('header', {}, h('a', { href: `#/runs/${run.id}` },
      h('strong', {}, run.pipelineName ?? names.get(run.pipelineId) ?? `#${run.pipelineId}`)), ' ', runBadge(run)),
    progressBar(run), runActivity(run), countList(run.counts))));
}
