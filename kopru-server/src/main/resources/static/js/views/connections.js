// Connections with their health: each is tested when the page opens, and again with its button.
import { api, items } from '../api.js';
import { clear, h, table } from '../dom.js';
import { t } from '../i18n.js';
import { errorBox } from './common.js';

export async function connections(main) {
  const box = h('section', { class: 'card', id: 'connections' }, h('h2', {}, t('connections.title')));
  clear(main, box);
  let list;
  try {
    list = items(await api('/api/v1/connections'));
  } catch (e) {
    box.append(errorBox(e));
    return;
  }
  if (!list.length) {
    box.append(h('p', { class: 'muted' }, t('connections.empty')));
    return;
  }
  const health = new Map(list.map((c) => [c.id, h('span', { class: 'health', dataset: { health: 'untested' } },
    t('connection.untested'))]));
  box.append(table([
    { label: t('pipeline.name'), value: (c) => c.name },
    { label: t('connection.vendor'), value: (c) => c.vendor },
    { label: t('connection.health'), value: (c) => health.get(c.id) },
    { label: t('pipeline.actions'), value: (c) => h('button', { type: 'button', class: 'test',
      onclick: () => test(c, health.get(c.id)) }, t('connection.test')) },
  ], list, (c) => ({ dataset: { connection: c.id } })));
  list.forEach((c) => test(c, health.get(c.id)));
}

async function test(connection, cell) {
  cell.dataset.health = 'testing';
  cell.textContent = t('connection.testing');
  try {
    const result = await api(`/api/v1/connections/${connection.id}/test`, { method: 'POST' });
    const ok = result?.ok !== false;
    cell.dataset.health = ok ? 'ok' : 'failed';
    // a failure names its kind, what is wrong and the vendor's own words (problem.type, detail, vendorMessage)
    const problem = result?.problem ?? {};
    clear(cell, ok ? t('connection.ok') : [
      h('strong', {}, problem.type ?? t('common.error')), ' ', problem.detail ?? result?.message ?? '',
      problem.vendorMessage ? h('span', { class: 'vendor-message' }, ` — ${problem.vendorMessage}`) : null]);
  } catch (e) {
    cell.dataset.health = 'failed';
    clear(cell, errorBox(e));
  }
}
