// The dashboard: a hash router over a few views, the language toggle, and the live events shared by all views.
import { api, csrfToken } from './api.js';
import { lang, setLang, t, translate } from './i18n.js';
import { LiveRuns } from './live.js';
import { connection } from './views/connection.js';
import { connections } from './views/connections.js';
import { errorBox } from './views/common.js';
import { overview } from './views/overview.js';
import { pipeline } from './views/pipeline.js';
import { run } from './views/run.js';
import { sandboxes } from './views/sandboxes.js';

const main = document.getElementById('main');
const live = new LiveRuns();

async function show() {
  const hash = window.location.hash || '#/';
  document.querySelectorAll('nav a[data-route]').forEach((a) => {
    a.classList.toggle('active', hash === a.getAttribute('href')
      || (a.dataset.route === 'overview' && (hash.startsWith('#/pipelines') || hash.startsWith('#/runs')))
      || (a.dataset.route === 'connections' && hash.startsWith('#/connections/')));
  });
  live.onChange = () => {};
  live.onStarted = () => {};
  live.onFinished = () => {};
  const detail = /^#\/pipelines\/(\d+)$/.exec(hash);
  const oneRun = /^#\/runs\/(\d+)$/.exec(hash);
  const oneConnection = /^#\/connections\/(\d+)$/.exec(hash);
  try {
    if (detail) await pipeline(main, detail[1], live);
    else if (oneRun) await run(main, oneRun[1], live);
    else if (oneConnection) await connection(main, oneConnection[1], live);
    else if (hash === '#/connections') await connections(main);
    else if (hash === '#/sandboxes') await sandboxes(main);
    else await overview(main, live);
  } catch (e) {
    main.replaceChildren(errorBox(e));
  }
  main.dataset.ready = 'true';
}

async function showSandboxLinkInDemo() {
  try {
    await api('/api/v1/demo/sandboxes');
    document.getElementById('nav-sandboxes').hidden = false;
  } catch {
    // not the demo: the link stays hidden
  }
}

document.getElementById('lang').addEventListener('click', () => {
  setLang(lang() === 'tr' ? 'en' : 'tr');
  translate();
  show();
});

// plain forms (log out) carry the CSRF token as _csrf, read when sent: the token changes at login
document.addEventListener('submit', (e) => {
  const form = e.target;
  if (form.method !== 'post') return;
  let field = form.querySelector('input[name=_csrf]');
  if (!field) {
    field = Object.assign(document.createElement('input'), { type: 'hidden', name: '_csrf' });
    form.append(field);
  }
  field.value = csrfToken();
});

window.addEventListener('hashchange', show);
translate();
showSandboxLinkInDemo();
show();
