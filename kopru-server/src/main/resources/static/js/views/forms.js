// Forms to create and edit connections (fields rendered from the connector's descriptor, secrets write-only) and
// pipelines (entities from the connections' descriptors, mode, schedule, options). The server checks everything; its
// problem answer names the field, and the message is shown under that field.
import { api, items } from '../api.js';
import { clear, h } from '../dom.js';
import { t } from '../i18n.js';
import { errorBox } from './common.js';

/** A labelled input; the field name ties the server's problem to it. */
function field(name, label, input, help) {
  return h('label', { class: 'field', dataset: { field: name } }, h('span', {}, label), input,
    help ? h('small', { class: 'muted' }, help) : null, h('small', { class: 'field-error', role: 'alert' }));
}

/** Shows a refusal under the field it names (or the closest parent field, e.g. options.x under options). */
function showProblem(form, e) {
  form.querySelectorAll('.field-error').forEach((el) => { el.textContent = ''; });
  form.querySelectorAll('.field.invalid').forEach((el) => el.classList.remove('invalid'));
  const name = e?.problem?.field;
  const fields = [...form.querySelectorAll('[data-field]')];
  const target = name && (fields.find((f) => f.dataset.field === name)
    || fields.find((f) => name.startsWith(`${f.dataset.field}.`) || f.dataset.field.startsWith(`${name}.`)));
  const general = form.querySelector('.form-error');
  if (target) {
    target.classList.add('invalid');
    target.querySelector('.field-error').textContent = e.message;
    clear(general);
  } else {
    clear(general, errorBox(e));
  }
}

function buttons(submitLabel, onCancel) {
  return h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'save' }, submitLabel),
    h('button', { type: 'button', class: 'secondary', onclick: onCancel }, t('form.cancel')));
}

/**
 * A connection form: new (connection undefined) or an edit of one. onSaved(view) gets the server's answer. A secret
 * left empty in an edit keeps the stored one.
 */
export async function connectionForm(connection, onSaved, onCancel) {
  const connectors = items(await api('/api/v1/connectors'));
  const fieldsBox = h('div', { class: 'form-grid' });
  const name = h('input', { name: 'name', required: true, value: connection?.name ?? '' });
  const vendor = h('select', { name: 'vendor', disabled: Boolean(connection) },
    connectors.map((c) => h('option', { value: c.vendor, selected: c.vendor === connection?.vendor }, `${c.title} (${c.vendor})`)));
  const renderFields = () => {
    const descriptor = connectors.find((c) => c.vendor === vendor.value);
    clear(fieldsBox, (descriptor?.configFields ?? []).map((f) => {
      const isSet = connection?.secretsSet?.includes(f.name);
      const input = h('input', {
        name: `config.${f.name}`, type: f.secret ? 'password' : 'text', autocomplete: f.secret ? 'new-password' : 'off',
        value: f.secret ? '' : (connection?.config?.[f.name] ?? (connection ? '' : f.default ?? '')),
        placeholder: f.secret && isSet ? t('form.secretKept') : (f.default ?? ''),
        required: f.required && !(f.secret && isSet) && !connection,
      });
      return field(`config.${f.name}`, `${f.name}${f.required ? ' *' : ''}${f.secret ? ` (${t('form.secret')})` : ''}`,
        input, f.description);
    }));
  };
  vendor.addEventListener('change', renderFields);
  renderFields();
  const form = h('form', { class: 'card form', id: 'connection-form', novalidate: true },
    h('h2', {}, connection ? `${t('form.edit')}: ${connection.name}` : t('connections.new')),
    h('div', { class: 'form-grid' }, field('name', t('pipeline.name'), name), field('vendor', t('connection.vendor'), vendor)),
    fieldsBox, h('div', { class: 'form-error' }), buttons(t('form.save'), onCancel));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const config = {};
    fieldsBox.querySelectorAll('input').forEach((input) => {
      const key = input.name.slice('config.'.length);
      // an edit sends what changed; an empty secret keeps the stored one
      if (connection ? input.value !== '' && input.value !== (connection.config?.[key] ?? '') : input.value !== '') {
        config[key] = input.value;
      }
    });
    try {
      const saved = connection
        ? await api(`/api/v1/connections/${connection.id}`, { method: 'PATCH',
          body: { name: name.value !== connection.name ? name.value : undefined, config } })
        : await api('/api/v1/connections', { method: 'POST', body: { name: name.value, vendor: vendor.value, config } });
      await onSaved(saved);
    } catch (err) {
      showProblem(form, err);
    }
  });
  return form;
}

/** A pipeline form: new (p undefined) or an edit of p (sent with the version it was read at). */
export async function pipelineForm(p, onSaved, onCancel) {
  const [connectionList, connectors] = await Promise.all([api('/api/v1/connections'), api('/api/v1/connectors')]);
  const conns = items(connectionList);
  const descriptors = new Map(items(connectors).map((d) => [d.vendor, d]));
  const side = (key, operation, current) => {
    const connection = h('select', { name: `${key}.connectionId` }, conns.map((c) => h('option',
      { value: c.id, selected: c.id === current?.connectionId }, `${c.name} (${c.vendor})`)));
    const entity = h('select', { name: `${key}.entity` });
    const fill = () => {
      const vendor = conns.find((c) => String(c.id) === connection.value)?.vendor;
      const supported = (descriptors.get(vendor)?.entities ?? []).filter((e) => e.operations.includes(operation));
      clear(entity, supported.map((e) => h('option', { value: e.entity.toLowerCase(),
        selected: e.entity.toLowerCase() === String(current?.entity ?? '').toLowerCase() }, e.entity.toLowerCase())));
    };
    connection.addEventListener('change', fill);
    fill();
    return { connection, entity };
  };
  const source = side('source', 'LIST', p?.source);
  const target = side('target', 'CREATE', p?.target);
  const name = h('input', { name: 'name', required: true, value: p?.name ?? '' });
  const mode = h('select', { name: 'mode' }, ['ONE_WAY', 'TWO_WAY'].map((m) => h('option',
    { value: m, selected: m === (p?.mode ?? 'ONE_WAY') }, t(`mode.${m}`))));
  const batchSize = h('input', { name: 'batchSize', type: 'number', min: '1', value: p?.batchSize ?? 100 });
  const scheduleKind = h('select', { name: 'scheduleKind' }, ['none', 'every', 'cron'].map((k) => h('option',
    { value: k, selected: k === (p?.schedule?.every ? 'every' : p?.schedule?.cron ? 'cron' : 'none') }, t(`form.schedule.${k}`))));
  const scheduleValue = h('input', { name: 'scheduleValue', value: p?.schedule?.every ?? p?.schedule?.cron ?? '',
    placeholder: 'PT5M · 0 */5 * * * *' });
  const options = h('textarea', { name: 'options', rows: '4' }, JSON.stringify(p?.options ?? {}, null, 2));
  const form = h('form', { class: 'card form', id: 'pipeline-form', novalidate: true },
    h('h2', {}, p ? `${t('form.edit')}: ${p.name}` : t('pipelines.new')),
    h('div', { class: 'form-grid' },
      field('name', t('pipeline.name'), name),
      field('source.connectionId', t('form.source'), source.connection), field('source.entity', t('form.sourceEntity'), source.entity),
      field('target.connectionId', t('form.target'), target.connection), field('target.entity', t('form.targetEntity'), target.entity),
      field('mode', t('pipeline.mode'), mode), field('batchSize', t('pipeline.batchSize'), batchSize),
      field('scheduleKind', t('pipeline.schedule'), scheduleKind),
      field('schedule', t('form.scheduleValue'), scheduleValue, t('form.scheduleHelp'))),
    field('options', t('pipeline.options'), options, t('form.optionsHelp')),
    h('div', { class: 'form-error' }), buttons(t('form.save'), onCancel));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    let parsedOptions;
    try {
      parsedOptions = JSON.parse(options.value || '{}');
    } catch (err) {
      showProblem(form, { message: err.message, problem: { field: 'options' } });
      return;
    }
    const body = {
      name: name.value, mode: mode.value, batchSize: Number(batchSize.value), options: parsedOptions,
      source: { connectionId: Number(source.connection.value), entity: source.entity.value },
      target: { connectionId: Number(target.connection.value), entity: target.entity.value },
      schedule: scheduleKind.value === 'none' ? null : { [scheduleKind.value]: scheduleValue.value },
      version: p?.version,
    };
    try {
      const saved = p ? await api(`/api/v1/pipelines/${p.id}`, { method: 'PUT', body })
        : await api('/api/v1/pipelines', { method: 'POST', body });
      await onSaved(saved);
    } catch (err) {
      showProblem(form, err);
    }
  });
  return form;
}
