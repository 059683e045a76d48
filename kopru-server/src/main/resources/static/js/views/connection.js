// One connection: what it is, and its vendor calls over the last hour (calls by outcome, p50 and p95 latency), as
// this server counted them since it started. Live: the page reads the server again when a run ends.
import { api } from '../api.js';
import { activityCharts } from '../charts.js';
import { clear, h } from '../dom.js';
import { t } from '../i18n.js';
import { errorBox } from './common.js';

export async function connection(main, id, live) {
  const head = h('section', { class: 'card', id: 'connection' }, h('p', { class: 'muted' }, t('common.loading')));
  const activityBox = h('section', { id: 'connection-activity' });
  clear(main, h('p', {}, h('a', { href: '#/connections' }, `← ${t('common.back')}`)), head, activityBox);
  const refresh = async () => {
    const [c, activity] = await Promise.all([api(`/api/v1/connections/${id}`),
      api(`/api/v1/connections/${id}/activity?minutes=60`)]);
    clear(head, h('h2', {}, c.name, ' ', h('span', { class: 'muted' }, `(${c.vendor})`)),
      h('p', { class: 'muted' }, t('connection.activityNote')));
    clear(activityBox, activityCharts(activity.perMinute));
  };
  // any run's end: the events do not say which connections a run called, and reading again costs two small requests
  live.onFinished = () => refresh().catch(() => {});
  try {
    await refresh();
  } catch (e) {
    clear(head, errorBox(e));
  }
}
