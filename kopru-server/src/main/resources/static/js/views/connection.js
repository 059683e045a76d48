// One connection: what it is, and its vendor calls over the last hour (calls by outcome, p50 and p95 latency), as
// this server counted them since it started.
import { api } from '../api.js';
import { activityCharts } from '../charts.js';
import { clear, h } from '../dom.js';
import { t } from '../i18n.js';
import { errorBox } from './common.js';

export async function connection(main, id) {
  const head = h('section', { class: 'card', id: 'connection' }, h('p', { class: 'muted' }, t('common.loading')));
  const activityBox = h('section', { id: 'connection-activity' });
  clear(main, h('p', {}, h('a', { href: '#/connections' }, `← ${t('common.back')}`)), head, activityBox);
  try {
    const [c, activity] = await Promise.all([api(`/api/v1/connections/${id}`),
      api(`/api/v1/connections/${id}/activity?minutes=60`)]);
    clear(head, h('h2', {}, c.name, ' ', h('span', { class: 'muted' }, `(${c.vendor})`)),
      h('p', { class: 'muted' }, t('connection.activityNote')));
    clear(activityBox, activityCharts(activity.perMinute));
  } catch (e) {
    clear(head, errorBox(e));
  }
}
