// Demo only: the sandboxes' fault knobs, through the demo's /api/v1/demo/sandboxes.
import { api, items } from '../api.js';
import { clear, h } from '../dom.js';
import { t } from '../i18n.js';
import { errorBox } from './common.js';

const KNOBS = [
  { name: 'latencyMs', step: '1', min: '0' },
  { name: 'errorRate', step: 'any', min: '0', max: '1' },
  { name: 'resetRate', step: 'any', min: '0', max: '1' },
  { name: 'loseResponseRate', step: 'any', min: '0', max: '1' },
];

export async function sandboxes(main) {
  const box = h('section', { id: 'sandboxes' }, h('h2', {}, t('sandboxes.title')), h('p', { class: 'muted' }, t('sandboxes.help')));
  clear(main, box);
  try {
    const list = items(await api('/api/v1/demo/sandboxes'));
    box.append(h('div', { class: 'sandbox-grid' }, list.map(card)));
  } catch (e) {
    box.append(errorBox(e));
  }
}

function card(sandbox) {
  const status = h('p', { class: 'status', role: 'status' });
  const inputs = new Map(KNOBS.map((k) => [k.name, h('input', {
    type: 'number', name: k.name, step: k.step, min: k.min, max: k.max, value: sandbox.faults?.[k.name] ?? 0,
  })]));
  const send = async (body) => {
    try {
      const updated = await api(`/api/v1/demo/sandboxes/${encodeURIComponent(sandbox.name)}`, { method: 'PUT', body });
      KNOBS.forEach((k) => { inputs.get(k.name).value = updated.faults?.[k.name] ?? 0; });
      clear(status, t('sandbox.saved'));
    } catch (e) {
      clear(status, errorBox(e));
    }
  };
  const form = h('form', { class: 'knobs', onsubmit: (e) => {
    e.preventDefault();
    send(Object.fromEntries(KNOBS.map((k) => [k.name, Number(inputs.get(k.name).value)])));
  } },
  KNOBS.map((k) => h('label', {}, h('span', {}, t(`sandbox.${k.name}`)), inputs.get(k.name))),
  h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('sandbox.apply')),
    h('button', { type: 'button', class: 'secondary', onclick: () => send({ clear: true }) }, t('sandbox.clear'))));
  return h('article', { class: 'card sandbox', dataset: { sandbox: sandbox.name } },
    h('h3', {}, sandbox.name, ' ', h('span', { class: 'muted' }, sandbox.vendor)),
    h('p', { class: 'muted small' }, sandbox.url, sandbox.up ? '' : ` — ${t('sandbox.down')}`), form, status);
}
