// The crew's stop reports, kept in the browser's local storage until the server confirms them: they survive a lost
// connection, a reload and a closed tab. They are sent one at a time, oldest first (a skip re-plans the day, so order
// matters). A request that gets no answer, a timeout (408, 429) or a server error (5xx) is retried with back-off:
// 2 s, doubling up to 60 s, with some jitter, and at once when the browser comes back online. 401 (the session ended)
// waits the same way for a new sign-in. Any other refusal (400, 403, 404, 409) will not get better by retrying: the
// action moves to the failed list with the server's reason, and stays there until the person dismisses it.
"use strict";
window.wasteActionQueue = function (options) {
  // options: { key, send(action) -> Promise<Response>, confirmed(action, body), refused(action), changed(state) }
  const key = options.key;
  const firstDelay = 2000;
  const longestDelay = 60000;
  let timer = null;
  let sending = false;

  function empty() {
    return { pending: [], failed: [] };
  }

  function load() {
    try {
      const state = JSON.parse(localStorage.getItem(key) || "null");
      return state && Array.isArray(state.pending) && Array.isArray(state.failed) ? state : empty();
    } catch {
      return empty();
    }
  }

  function save(state) {
    localStorage.setItem(key, JSON.stringify(state));
    options.changed(state);
  }

  function newId() {
    return Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 10);
  }

  function delay(attempts) {
    const base = Math.min(longestDelay, firstDelay * 2 ** Math.max(0, attempts - 1));
    return Math.round(base * (0.8 + 0.4 * Math.random()));
  }

  // What to do with an answer: done, try again later, or give up with the server's reason.
  async function outcome(response) {
    if (response.ok) return { done: true, body: await response.json().catch(() => null) };
    if (response.status === 401) return { retry: true, error: "signin" };
    if (response.status === 408 || response.status === 429 || response.status >= 500) return { retry: true, error: "server", status: response.status };
    const problem = await response.json().catch(() => null);
    return { failed: true, status: response.status, reason: (problem && (problem.title || problem.detail)) || response.statusText };
  }

  async function attempt(action) {
    try {
      return await outcome(await options.send(action));
    } catch {
      return { retry: true, error: "network" };
    }
  }

  async function pump() {
    if (sending) return;
    sending = true;
    clearTimeout(timer);
    try {
      for (;;) {
        const next = load().pending[0];
        if (!next) break;
        const wait = next.nextAttemptAt - Date.now();
        if (wait > 0) {
          timer = setTimeout(run, wait);
          break;
        }
        const result = await attempt(next);
        // Another tab may have changed the queue meanwhile: apply the result to what is stored now.
        const state = load();
        const index = state.pending.findIndex((a) => a.id === next.id);
        if (index < 0) continue;
        const action = state.pending[index];
        action.attempts += 1;
        if (result.done) {
          state.pending.splice(index, 1);
          save(state);
          options.confirmed(action, result.body);
        } else if (result.failed) {
          state.pending.splice(index, 1);
          state.failed.push({ ...action, status: result.status, reason: result.reason, failedAt: Date.now() });
          save(state);
          options.refused(action);
        } else {
          action.lastError = result.error;
          action.lastStatus = result.status || null;
          action.nextAttemptAt = Date.now() + delay(action.attempts);
          save(state);
        }
      }
    } finally {
      sending = false;
    }
  }

  // One tab sends at a time where the browser can say so (Web Locks); the others only show the queue.
  function run() {
    if (navigator.locks) navigator.locks.request(key, { ifAvailable: true }, (lock) => (lock ? pump() : null));
    else pump();
  }

  function add(action) {
    const state = load();
    state.pending.push({ ...action, id: newId(), queuedAt: Date.now(), attempts: 0, nextAttemptAt: 0, lastError: null });
    save(state);
    run();
  }

  function retryNow() {
    const state = load();
    for (const action of state.pending) action.nextAttemptAt = 0;
    save(state);
    run();
  }

  function dismiss(id) {
    const state = load();
    state.failed = state.failed.filter((a) => a.id !== id);
    save(state);
  }

  window.addEventListener("online", retryNow);
  window.addEventListener("storage", (event) => {
    if (event.key === key) options.changed(load());
  });
  // A tab that was not the sender picks the work up if the sending tab went away.
  setInterval(run, 15000);
  run();

  return { add, retryNow, dismiss, state: load };
};
