// What the server's events say about runs in progress, kept between page changes.
import { events } from './api.js';

export class LiveRuns {
  constructor() {
    this.runs = new Map();
    this.onChange = () => {};
    this.onStarted = () => {};
    this.onFinished = () => {};
    this.stop = events((type, data) => this.event(type, data));
    // elapsed times tick on screen between events
    this.ticker = setInterval(() => {
      if ([...this.runs.values()].some((r) => r.state === 'RUNNING')) this.onChange();
    }, 1000);
  }

  event(type, data) {
    const run = normalise(data, type);
    if (run.id === undefined) return;
    this.update(run);
    if (type === 'finished') this.onFinished(run);
  }

  update(run) {
    const known = this.runs.get(run.id);
    if (!known && run.state === 'RUNNING') this.onStarted(run);
    this.merge(run, known || {});
  }

  merge(run, known) {
    const defined = Object.fromEntries(Object.entries(run).filter(([, v]) => v !== undefined));
    this.runs.set(run.id, { ...known, ...defined, seenAt: Date.now() });
    this.onChange();
  }

  /** Running runs, and those that ended less than keepMs ago, newest first. */
  recent(keepMs) {
    const now = Date.now();
    return [...this.runs.values()].filter((r) => r.state === 'RUNNING' || now - r.seenAt < keepMs)
      .sort((a, b) => b.id - a.id);
  }
}

/** An event's data as a run: {id, pipelineId, pipelineName, state, counts}, whichever names the server used. */
function normalise(data, type) {
  const run = data.run ?? data;
  return {
    id: run.runId ?? run.id,
    pipelineId: run.pipelineId,
    pipelineName: run.pipelineName,
    state: run.state ?? (type === 'finished' ? 'SUCCEEDED' : 'RUNNING'),
    outcome: run.outcome,
    counts: run.counts ?? {},
    error: run.error,
    phase: type === 'finished' ? undefined : run.phase,
    elapsedMs: run.elapsedMs,
    startedAt: run.startedAt,
  };
}
