// The crew's page: today's routes from GET /api/crew/routes, each with its details from the page (plan version,
// depot, disposal sites, bins' addresses), drawn as ordered stops and on the map. "Collected" and "Skipped" go into
// the action queue (action-queue.js) and show as waiting until the server confirms them; the server's answer is the
// depot's plan, so a skip's re-plan shows at once. The last routes seen are kept on the phone, for when the network
// is gone.
"use strict";
(function () {
  const f = window.wasteFormat;
  const text = f.text();
  const el = f.el;
  const root = document.getElementById("crew");
  const offset = Number(root.dataset.utcOffset);
  const reasons = JSON.parse(root.dataset.skipReasons);
  const routesKey = "waste.crew.routes." + root.dataset.user;
  const colours = ["#0b6e4f", "#1565c0", "#8e24aa", "#ef6c00"];
  const refreshEvery = 30000;

  let routes = [];
  let loaded = false;
  let stale = false;
  const details = new Map();
  const replanned = new Map();
  // Skip forms open, with the reason chosen so far: a re-render keeps them as they were.
  const openSkip = new Map();
  const mapElement = document.getElementById("route-map");
  const baseMap = window.wasteBaseMap(mapElement);
  const map = window.wasteRouteLayer(baseMap);
  const truckDay = window.wasteTruckDay(offset);

  const keyOf = (r) => r.depotId + "|" + r.day + "|" + r.route.vehicleId;
  const actionKey = (a) => a.depot + "|" + a.day + "|" + a.truck;

  const queue = window.wasteActionQueue({
    key: "waste.crew.queue." + root.dataset.user,
    send: (a) => fetch(
      "/api/plans/" + encodeURIComponent(a.depot) + "/" + a.day + "/routes/" + encodeURIComponent(a.truck) + "/stops/" + encodeURIComponent(a.bin) + "/" + a.kind,
      {
        method: "POST",
        headers: { Accept: "application/json", "Content-Type": "application/json" },
        body: a.kind === "skipped" ? JSON.stringify({ reason: a.reason }) : null,
      }),
    confirmed,
    // A refusal usually means the route changed under the crew (a re-plan, a breakdown): show the route as it is now.
    refused: () => loadRoutes(),
    changed: () => render(),
  });

  // The server's plan after an action: this crew's routes in it replace the ones shown.
  function confirmed(action, plan) {
    if (!plan || !Array.isArray(plan.routes)) return;
    for (const entry of routes.filter((r) => r.depotId === plan.depotId && r.day === plan.day)) {
      const fresh = plan.routes.find((r) => r.vehicleId === entry.route.vehicleId);
      if (fresh) entry.route = fresh;
      noteVersion(keyOf(entry), plan.version);
    }
    remember();
    render();
    loadDetails();
  }

  function noteVersion(key, version) {
    const known = details.get(key);
    if (known && version > known.version) replanned.set(key, version);
    if (known) known.version = Math.max(known.version, version);
  }

  function remember() {
    localStorage.setItem(routesKey, JSON.stringify({ at: Date.now(), routes }));
  }

  async function loadRoutes() {
    try {
      const response = await fetch("/api/crew/routes", { headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error(String(response.status));
      routes = await response.json();
      stale = false;
      remember();
    } catch {
      const saved = JSON.parse(localStorage.getItem(routesKey) || "null");
      if (saved && routes.length === 0) routes = saved.routes;
      stale = true;
    }
    loaded = true;
    render();
    await loadDetails();
  }

  async function loadDetails() {
    for (const entry of routes) {
      const key = keyOf(entry);
      const url = "/crew?handler=details&depot=" + encodeURIComponent(entry.depotId) + "&day=" + entry.day + "&truck=" + encodeURIComponent(entry.route.vehicleId);
      try {
        const response = await fetch(url, { headers: { Accept: "application/json" } });
        if (!response.ok) continue;
        const fresh = await response.json();
        const known = details.get(key);
        if (known && fresh.version > known.version) replanned.set(key, fresh.version);
        details.set(key, fresh);
      } catch {
        // Offline: the details come with the next refresh.
      }
    }
    render();
  }

  // The stop as shown: the server's status, or what is waiting to be sent for it.
  function shown(entry, stop) {
    if (stop.isDisposal || stop.isBreak) return { status: "Planned", pending: null };
    const waiting = queue.state().pending.filter((a) => actionKey(a) === keyOf(entry) && a.bin === stop.id).pop();
    if (waiting) return { status: waiting.kind === "collected" ? "Collected" : "Skipped", pending: waiting };
    return { status: stop.status, pending: null };
  }

  function stopItem(entry, stop, state, number, info) {
    const address = info?.bins?.[stop.id];
    const place = [address?.ward, address?.district].filter(Boolean).join(", ");
    const position = f.number(stop.latitude, 5) + "; " + f.number(stop.longitude, 5);
    if (stop.isBreak) {
      // The crew's lunch: taken where the truck is, nothing to report.
      const lunch = el("li", { className: "stop lunch", dataset: { stop: stop.id, status: "Lunch" } });
      lunch.append(el("span", { className: "stop-number" }, "–"),
        el("div", { className: "stop-body" }, el("div", { className: "stop-title" }, el("strong", null, text.lunch)),
          el("div", { className: "stop-facts" }, text.plannedAt + " " + f.clock(stop.arrival, offset) + " – " + f.clock(stop.departure, offset))));
      return lunch;
    }

    const item = el("li", {
      className: "stop status-" + state.status.toLowerCase() + (state.pending ? " pending" : "") + (stop.isDisposal ? " disposal" : ""),
      dataset: { stop: stop.id, status: state.pending ? "Pending" + state.status : stop.isDisposal ? "Disposal" : state.status },
    });
    item.append(el("span", { className: "stop-number" }, stop.isDisposal ? "D" : String(number)));
    const body = el("div", { className: "stop-body" });
    item.append(body);
    if (stop.isDisposal) {
      body.append(
        el("div", { className: "stop-title" }, el("strong", null, text.unloadAt + " " + (info?.sites?.[stop.id] || stop.id))),
        el("div", { className: "stop-facts" }, text.plannedAt + " " + f.clock(stop.arrival, offset)));
      return item;
    }

    body.append(
      el("div", { className: "stop-title" },
        el("strong", null, stop.id), " ",
        el("span", { className: "tag stream-" + String(stop.stream).toLowerCase() }, text[stop.stream] || stop.stream || "–")),
      el("div", { className: "stop-address" }, place ? place + " · " : "",
        el("a", { href: "geo:" + stop.latitude + "," + stop.longitude, title: text.openInMaps }, position)),
      el("div", { className: "stop-facts" },
        text.expectedFill + " " + f.number(stop.expectedFillPercent, 0) + " % · " + text.plannedAt + " " + f.clock(stop.arrival, offset)));

    if (state.pending) {
      body.append(el("div", { className: "stop-state", dataset: { test: "stop-state" } },
        state.status === "Collected" ? text.collectedPending : text.skippedPending + ": " + text["skip." + state.pending.reason]));
    } else if (state.status !== "Planned") {
      body.append(el("div", { className: "stop-state", dataset: { test: "stop-state" } },
        text[state.status] + (stop.skipReason ? ": " + (text["skip." + stop.skipReason] || stop.skipReason) : "") +
        (stop.markedAt ? " · " + f.clock(stop.markedAt, offset) : "")));
    } else {
      body.append(actions(entry, stop));
    }
    return item;
  }

  function actions(entry, stop) {
    const action = { depot: entry.depotId, day: entry.day, truck: entry.route.vehicleId, bin: stop.id };
    const skipKey = keyOf(entry) + "|" + stop.id;
    const box = el("div", { className: "stop-actions" });
    if (!openSkip.has(skipKey)) {
      box.append(
        el("button", { type: "button", className: "primary big", dataset: { action: "collected" }, onclick: () => queue.add({ ...action, kind: "collected" }) }, text.collected),
        el("button", { type: "button", className: "big", dataset: { action: "skip" }, onclick: () => { openSkip.set(skipKey, reasons[0]); render(); } }, text.skip));
      return box;
    }
    const choice = el("select", { name: "reason", onchange: (event) => openSkip.set(skipKey, event.target.value) },
      reasons.map((r) => el("option", { value: r, selected: r === openSkip.get(skipKey) }, text["skip." + r])));
    box.append(
      el("label", { className: "skip-reason" }, text.why, choice),
      el("button", {
        type: "button", className: "danger big", dataset: { action: "confirm-skip" },
        onclick: () => { openSkip.delete(skipKey); queue.add({ ...action, kind: "skipped", reason: choice.value }); },
      }, text.confirmSkip),
      el("button", { type: "button", className: "big", onclick: () => { openSkip.delete(skipKey); render(); } }, text.cancel));
    return box;
  }

  function routeCard(entry, index) {
    const key = keyOf(entry);
    const info = details.get(key);
    const states = entry.route.stops.map((s) => shown(entry, s));
    const bins = entry.route.stops.map((s, i) => ({ stop: s, state: states[i] })).filter((x) => !x.stop.isDisposal && !x.stop.isBreak);
    const done = bins.filter((x) => x.state.status !== "Planned").length;
    const collected = bins.filter((x) => x.state.status === "Collected").length;
    const skipped = bins.filter((x) => x.state.status === "Skipped").length;
    const waiting = bins.filter((x) => x.state.pending).length;

    const card = el("section", { className: "card route", dataset: { test: "route", truck: entry.route.vehicleId, depot: entry.depotId } });
    card.append(el("h2", null,
      text.truck + " " + entry.route.vehicleId + " · " + f.day(entry.day),
      info ? el("span", { className: "tag", dataset: { test: "version" } }, text.version + " " + info.version) : null));
    if (replanned.has(key)) {
      card.append(el("p", { className: "notice", dataset: { test: "replanned" } }, text.replanned + " " + replanned.get(key)));
    }
    const bar = el("progress", { max: Math.max(1, bins.length), value: done });
    card.append(el("div", { className: "progress", dataset: { test: "progress" } },
      bar,
      el("p", null,
        el("strong", { dataset: { test: "done" } }, done + " / " + bins.length), " " + text.stopsDone +
        " (" + collected + " " + text.collectedCount + ", " + skipped + " " + text.skippedCount + (waiting ? ", " + waiting + " " + text.pending : "") + ")"),
      el("dl", { className: "truck-day" },
        el("dt", null, text.driven), el("dd", null, truckDay.done(entry.route)),
        el("dt", null, text.toDrive), el("dd", null, truckDay.remaining(entry.route)),
        el("dt", null, text.wholeDay), el("dd", null, truckDay.whole(entry.route)))));
    let number = 0;
    const list = el("ol", { className: "stops", dataset: { test: "stops" } });
    entry.route.stops.forEach((stop, i) => {
      if (!stop.isDisposal && !stop.isBreak) number += 1;
      list.append(stopItem(entry, stop, states[i], number, info));
    });
    card.append(list);
    card.style.borderTopColor = colours[index % colours.length];
    return card;
  }

  function renderQueue() {
    const state = queue.state();
    const panel = document.getElementById("queue");
    const now = Date.now();
    const pending = el("ul", { className: "queue-list", dataset: { test: "pending" } }, state.pending.map((a) => {
      const why = a.lastError === "network" ? text.connectionFailed : a.lastError === "server" ? text.serverFailed + " (" + a.lastStatus + ")" : a.lastError === "signin" ? text.signIn : "";
      const next = a.nextAttemptAt > now ? " · " + text.nextTry + " " + Math.ceil((a.nextAttemptAt - now) / 1000) + " " + text.seconds : "";
      return el("li", { dataset: { bin: a.bin, kind: a.kind, attempts: String(a.attempts) } },
        el("strong", null, a.bin), " · " + (a.kind === "collected" ? text.Collected : text.Skipped + ": " + text["skip." + a.reason]) +
        (a.attempts ? " · " + text.attempt + " " + a.attempts + next + (why ? " · " + why : "") : ""));
    }));
    const failed = el("ul", { className: "queue-list failed", dataset: { test: "failed" } }, state.failed.map((a) =>
      el("li", { dataset: { bin: a.bin, kind: a.kind } },
        el("strong", null, a.bin), " · " + (a.kind === "collected" ? text.Collected : text.Skipped) + " · " + a.status + ": " + a.reason + " ",
        el("button", { type: "button", className: "link-button", onclick: () => queue.dismiss(a.id) }, text.dismiss))));
    panel.replaceChildren(...[
      el("h2", null, text.waiting + " (" + state.pending.length + ")",
        state.pending.length ? el("button", { type: "button", className: "small", dataset: { action: "retry" }, onclick: () => queue.retryNow() }, text.retryNow) : null),
      state.pending.length ? pending : el("p", { className: "muted" }, text.nothingWaiting),
      state.failed.length ? el("h2", { className: "error" }, text.failedTitle + " (" + state.failed.length + ")") : null,
      state.failed.length ? failed : null,
    ].filter(Boolean));
    panel.dataset.pending = String(state.pending.length);
    panel.dataset.failed = String(state.failed.length);

    const connection = document.getElementById("connection");
    const offline = !navigator.onLine || state.pending.some((a) => a.lastError === "network");
    const signIn = state.pending.some((a) => a.lastError === "signin");
    connection.className = "connection " + (signIn || offline ? "off" : "on");
    connection.replaceChildren(signIn
      ? el("a", { href: "/signin?ReturnUrl=%2Fcrew" }, text.signIn)
      : offline ? text.offline : text.online);
  }

  function render() {
    renderQueue();
    const area = document.getElementById("routes");
    const message = document.getElementById("route-message");
    if (!loaded) return;
    message.hidden = !(stale || routes.length === 0);
    message.textContent = stale ? (routes.length ? text.stale : text.loadFailed) : text.noRoute;
    message.dataset.test = routes.length === 0 && !stale ? "no-route" : "route-message";
    area.replaceChildren(...routes.map(routeCard));
    const wasHidden = mapElement.hidden;
    mapElement.hidden = routes.length === 0;
    if (wasHidden && !mapElement.hidden) baseMap.invalidateSize();
    map.show(routes.map((entry, index) => {
      const info = details.get(keyOf(entry));
      let number = 0;
      return {
        key: keyOf(entry),
        colour: colours[index % colours.length],
        depot: info?.depot || null,
        stops: entry.route.stops.filter((stop) => !stop.isBreak).map((stop) => {
          const state = shown(entry, stop);
          if (!stop.isDisposal) number += 1;
          return {
            latitude: stop.latitude, longitude: stop.longitude, isDisposal: stop.isDisposal, status: state.status, pending: !!state.pending,
            label: stop.isDisposal ? "D" : String(number),
            title: stop.isDisposal ? text.unloadAt + " " + (info?.sites?.[stop.id] || stop.id) : number + ". " + stop.id,
          };
        }),
      };
    }));
  }

  // The countdown of the next try moves every second while something waits.
  setInterval(() => { if (queue.state().pending.length) renderQueue(); }, 1000);
  setInterval(() => { if (queue.state().pending.length === 0) loadRoutes(); }, refreshEvery);
  window.addEventListener("offline", renderQueue);
  window.addEventListener("online", renderQueue);
  render();
  loadRoutes();
})();
