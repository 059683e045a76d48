// The server's API, called with the dashboard's session cookie. X-Requested-With keeps Spring Security from
// answering 401 with a Basic challenge (which would open the browser's own login box).

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** The vendor's own words when the server passed them on. */
  get vendorMessage() {
    return this.problem.vendorMessage;
  }
}

/** The session's CSRF token, which the server sets as the XSRF-TOKEN cookie; every write must send it back. */
export function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
}

export async function api(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = csrfToken();
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) {
    window.location.assign('/login');
    throw new ApiError(401, { detail: 'login required' });
  }
  const text = await response.text();
  const json = text ? safeJson(text) : null;
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return { detail: text.slice(0, 300) };
  }
}

/** The items of a list answer ({"items": [...]}) or of a bare array. */
export function items(list) {
  if (Array.isArray(list)) return list;
  return list?.items ?? [];
}

/**
 * Follows the server's live events (progress and finished); reconnects by itself (EventSource does) and calls
 * onEvent(type, data). Returns a function that stops it.
 */
export function events(onEvent) {
  if (!window.EventSource) return () => {};
  const source = new EventSource('/api/v1/events', { withCredentials: true });
  for (const type of ['progress', 'activity', 'finished']) {
    source.addEventListener(type, (e) => {
      try {
        onEvent(type, JSON.parse(e.data));
      } catch {
        // a malformed event is skipped; the next one carries the full counts again
      }
    });
  }
  return () => source.close();
}
