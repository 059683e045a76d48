// Connections with their health (each is tested when the page opens, and again with its button); created, edited
// and deleted here; a connection's name opens its page, with its calls and their latency.
import { api, items } from '../api.js';
import { clear, h, table } from '../dom.js';
import { t } from '../i18n.js';
import { errorBox } from './common.js';
import { connectionForm } from './forms.js';

export async function connections(main) {
  const box = h('section', { class: 'card', id: 'connections' }, h('h2', {}, t('connections.title')));
  const formBox = h('div', { id: 'connection-form-box' });
  clear(main, formBox, box);
  const reload = () => connections(main);
  const openForm = async (connection) => {
    clear(formBox, await connectionForm(connection, reload, () => clear(formBox)));
    formBox.querySelector('input')?.focus();
  };
  const newButton = h('button', { type: 'button', class: 'new-connection', onclick: () => openForm() },
    t('connections.new'));
  let list;
  try {
    list = items(await api('/api/v1/connections'));
  } catch (e) {
    box.append(errorBox(e));
    return;
  }
  box.append(h('div', { class: 'toolbar' }, newButton));
  if (!list.length) {
    box.append(h('p', { class: 'muted' }, t('connections.empty')));
    return;
  }
  const health = new Map(list.map((c) => [c.id, h('span', { class: 'health', dataset: { health: 'untested' } },
    t('connection.untested'))]));
  box.append(table([
    { label: t('pipeline.name'), value: (c) => h('a', { href: `#/connections/${c.id}` }, c.name) },
    { label: t('connection.vendor'), value: (c) => c.vendor },
    { label: t('connection.health'), value: (c) => health.get(c.id) },
    { label: t('pipeline.actions'), value: (c) => h('span', { class: 'actions' },
      h('button', { type: 'button', class: 'test', onclick: () => test(c, health.get(c.id)) }, t('connection.test')),
      h('button', { type: 'button', class: 'secondary edit', onclick: () => openForm(c) }, t('form.edit')),
      h('button', { type: 'button', class: 'secondary delete', onclick: (e) => remove(e, c, reload) }, t('form.delete'))) },
  ], list, (c) => ({ dataset: { connection: c.id } })));
  list.forEach((c) => test(c, health.get(c.id)));
}

/** Deletes after a confirmation; the server refuses while a pipeline uses the connection, and says which. */
async function remove(e, connection, reload) {
  if (!window.confirm(`${t('form.confirmDelete')} ${connection.name}`)) return;
  try {
    await api(`/api/v1/connections/${connection.id}`, { method: 'DELETE' });
    await reload();
  } catch (err) {
    e.target.after(errorBox(err));
  }
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
