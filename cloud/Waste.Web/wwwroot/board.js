// The live alert board: the alerts the page came with, then every change from the server-sent event stream, without
// a reload. Acknowledge and resolve post to the page (anti-forgery token in the header) and update the row in place.
"use strict";
(function () {
  const f = window.wasteFormat;
  const text = f.text();
  const table = document.getElementById("board");
  const body = table.querySelector("tbody");
  const empty = document.getElementById("board-empty");
  const live = document.getElementById("live");
  const offset = Number(table.dataset.utcOffset);
  const kindFilter = table.dataset.kind;
  const wardFilter = table.dataset.ward;
  const antiforgery = document.querySelector("input[name=__RequestVerificationToken]").value;
  const reason = window.wasteAlertReason(text, offset);

  function matches(alert) {
    return (!kindFilter || alert.kind === kindFilter) && (!wardFilter || alert.ward === wardFilter);
  }

  function button(label, action, alert, note) {
    const element = document.createElement("button");
    element.type = "button";
    element.textContent = label;
    element.dataset.action = action;
    element.addEventListener("click", () => act(action, alert.id, note.value, element));
    return element;
  }

  function render(alert) {
    const row = document.createElement("tr");
    row.id = "alert-" + alert.id;
    row.dataset.device = alert.deviceId;
    row.dataset.state = alert.state;
    row.className = "state-" + alert.state.toLowerCase();
    f.cell(row, f.time(alert.raisedAt, offset));
    f.cell(row, text[alert.kind] || alert.kind, "kind");
    const device = f.cell(row, "");
    const link = document.createElement("a");
    link.href = "/maintenance/device/" + encodeURIComponent(alert.deviceId);
    link.textContent = alert.deviceId;
    device.appendChild(link);
    f.cell(row, alert.ward || "–");
    const detail = f.cell(row, reason(alert), "reason");
    detail.dataset.test = "reason";
    // Citizens' reports (from a device's QR code) that joined this alert.
    if (alert.citizenReports > 0) {
      row.dataset.citizenReports = alert.citizenReports;
      detail.prepend(f.el("span", { className: "tag citizen", dataset: { test: "citizen-reports" } }, text.citizenReports + ": " + alert.citizenReports), " ");
    }
    const who = alert.acknowledgedBy ? " · " + alert.acknowledgedBy : "";
    const ended = alert.conditionClearedAt ? " · " + text.conditionEnded + " " + f.time(alert.conditionClearedAt, offset) : "";
    f.cell(row, (text[alert.state] || alert.state) + who + ended, "state");
    const actions = f.cell(row, "", "actions");
    const note = document.createElement("input");
    note.type = "text";
    note.name = "note";
    note.placeholder = text.note;
    note.maxLength = 500;
    actions.appendChild(note);
    if (alert.state === "Open") actions.appendChild(button(text.acknowledge, "Acknowledge", alert, note));
    actions.appendChild(button(text.resolve, "Resolve", alert, note));
    return row;
  }

  function show(alert) {
    const existing = document.getElementById("alert-" + alert.id);
    if (alert.state === "Resolved" || !matches(alert)) {
      if (existing) existing.remove();
    } else if (existing) {
      existing.replaceWith(render(alert));
    } else {
      body.prepend(render(alert));
    }
    empty.hidden = body.rows.length > 0;
    counts();
  }

  // The open and acknowledged counts follow the rows shown (with the board's filters).
  function counts() {
    const rows = Array.from(body.rows);
    document.getElementById("count-open").textContent = f.number(rows.filter((r) => r.dataset.state === "Open").length);
    document.getElementById("count-acknowledged").textContent = f.number(rows.filter((r) => r.dataset.state === "Acknowledged").length);
  }

  // The handling figures (times to acknowledge and resolve, alerts in 30 days) are the server's to compute: fetched
  // again, once, shortly after a burst of changes.
  let pendingFigures;
  function refreshFigures() {
    clearTimeout(pendingFigures);
    pendingFigures = setTimeout(async () => {
      const response = await fetch("?handler=Figures", { headers: { Accept: "text/html" } });
      if (!response.ok) return;
      const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
      for (const element of Array.from(fresh.body.children)) document.getElementById(element.id)?.replaceWith(element);
    }, 300);
  }

  async function act(action, id, note, element) {
    element.disabled = true;
    const form = new FormData();
    form.append("id", id);
    form.append("note", note);
    try {
      const response = await fetch("?handler=" + action, {
        method: "POST", body: form, headers: { Accept: "application/json", RequestVerificationToken: antiforgery },
      });
      if (!response.ok) throw new Error(String(response.status));
      show(await response.json());
      refreshFigures();
    } catch {
      element.disabled = false;
      element.title = text.failed;
      element.classList.add("failed");
    }
  }

  for (const alert of JSON.parse(document.getElementById("alerts").textContent).reverse()) show(alert);
  empty.hidden = body.rows.length > 0;

  const stream = new EventSource("/api/alerts/stream");
  // On every (re)connection, catch up with what changed while the stream was not listening.
  stream.onopen = async () => {
    live.textContent = text.live;
    live.classList.add("on");
    const response = await fetch("/api/alerts?state=Open&state=Acknowledged", { headers: { Accept: "application/json" } });
    if (response.ok) for (const alert of (await response.json()).reverse()) show(alert);
    refreshFigures();
  };
  stream.onerror = () => { live.textContent = text.offline; live.classList.remove("on"); };
  stream.addEventListener("alert", (event) => {
    show(JSON.parse(event.data));
    refreshFigures();
  });
})();
