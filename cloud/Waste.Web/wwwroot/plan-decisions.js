// Why each bin is in a depot's day or waits for another (the dispatcher's "why each bin" tab): the plan's decisions,
// most urgent first (must go, may go, waits, not considered; the soonest due or planned first), 15 a page, filtered by
// verdict, each button with its count, and by bin id, each worded by decision-reason.js. A bin's id finds it on the
// page's map where the bin has a position. A new plan or version resets the page, not the filters.
"use strict";
window.wastePlanDecisions = function (options) {
  // options: { panel, fillMap, utcOffsetMinutes }
  const f = window.wasteFormat;
  const text = f.text();
  const { panel, fillMap } = options;
  const describe = window.wasteDecisionReason(text, {
    utcOffsetMinutes: options.utcOffsetMinutes,
    thresholdPercent: Number(panel.dataset.threshold),
    duePercent: Number(panel.dataset.duePercent),
  });
  const order = ["MustGo", "MayGo", "Waits", "NotConsidered"];
  const inPlan = new Set(["MustGo", "MayGo"]);
  const pageSize = 15;
  const body = panel.querySelector("#decisions tbody");
  const search = panel.querySelector("[data-test=why-search]");
  const pager = panel.querySelector("[data-test=why-pager]");
  const where = panel.querySelector("[data-test=why-map]");
  const parts = panel.querySelectorAll("[data-test=verdicts], [data-test=why-filters], [data-test=why-table]");
  let plan = null;
  let decisions = [];
  let verdict = "";
  let page = 0;
  let shown = null;

  // A day as yyyy-MM-dd sorts with the instants (yyyy-MM-ddTHH:mm:ssZ) of the same day; no date sorts last.
  const soonest = (d) => d.plannedFor || d.dueAt || "~";
  const urgency = (a, b) => order.indexOf(a.verdict) - order.indexOf(b.verdict) || soonest(a).localeCompare(soonest(b)) || a.binId.localeCompare(b.binId);
  const chosen = (v, d) => v === "" || (v === "plan" ? inPlan.has(d.verdict) : d.verdict === v);

  function matches(d) {
    const term = search.value.trim().toLowerCase();
    return chosen(verdict, d) && (!term || d.binId.toLowerCase().includes(term));
  }

  function locate(binId, row) {
    for (const other of body.querySelectorAll("tr.focused")) other.classList.remove("focused");
    row.classList.add("focused");
    where.textContent = fillMap.focus(binId) ? "" : binId + ": " + text.notOnMap;
  }

  function row(d) {
    const tr = f.el("tr", { dataset: { bin: d.binId, verdict: d.verdict } });
    tr.append(
      f.el("td", null, f.el("button", { type: "button", className: "link-button", dataset: { action: "locate" }, onclick: () => locate(d.binId, tr) }, d.binId)),
      f.el("td", null, f.el("span", { className: "verdict verdict-" + d.verdict.toLowerCase() }, text["verdict." + d.verdict] || d.verdict)),
      f.el("td", { className: "number" }, d.fillPercent === undefined ? "–" : f.number(d.fillPercent, 0) + " %"),
      f.el("td", { className: "reason", dataset: { test: "reason" } }, describe(d, plan.policy)));
    return tr;
  }

  function render() {
    const rows = decisions.filter(matches);
    const pages = Math.max(1, Math.ceil(rows.length / pageSize));
    page = Math.min(page, pages - 1);
    const first = page * pageSize;
    body.replaceChildren(...(rows.length
      ? rows.slice(first, first + pageSize).map(row)
      : [f.el("tr", null, f.el("td", { className: "muted", colSpan: 4 }, text.noneMatch))]));
    pager.querySelector("[data-test=page]").textContent =
      rows.length === 0 ? "0" : f.number(first + 1) + "–" + f.number(Math.min(first + pageSize, rows.length)) + " / " + f.number(rows.length);
    pager.querySelector("[data-action=previous]").disabled = page === 0;
    pager.querySelector("[data-action=next]").disabled = page >= pages - 1;
    for (const button of panel.querySelectorAll("button[data-filter]")) {
      button.querySelector(".count").textContent = f.number(decisions.filter((d) => chosen(button.dataset.filter, d)).length);
      button.setAttribute("aria-pressed", String(button.dataset.filter === verdict));
    }
  }

  // The decisions of a depot's day (null: not planned); a poll that brings the same version changes nothing here.
  function show(next) {
    const key = next ? [next.depotId, next.day, next.version, next.plannedAt].join("|") : "";
    if (key === shown) return;
    shown = key;
    plan = next;
    decisions = next ? [...(next.decisions || [])].sort(urgency) : [];
    page = 0;
    where.textContent = "";
    for (const part of parts) part.hidden = decisions.length === 0;
    panel.querySelector("[data-test=why-plan]").textContent = !next ? text.notPlanned
      : [next.depotId, f.day(next.day), text["policy." + next.policy], text.version + " " + next.version].join(" · ") +
        (decisions.length ? "" : " · " + text.noDecisions);
    if (decisions.length) render();
  }

  // Shows one verdict ("" every bin, "plan" those in the day's plan).
  function filter(wanted) {
    verdict = wanted;
    page = 0;
    if (decisions.length) render();
  }

  for (const button of panel.querySelectorAll("button[data-filter]")) button.addEventListener("click", () => filter(button.dataset.filter));
  search.addEventListener("input", () => { page = 0; render(); });
  pager.querySelector("[data-action=previous]").addEventListener("click", () => { page -= 1; render(); });
  pager.querySelector("[data-action=next]").addEventListener("click", () => { page += 1; render(); });
  return { show, filter };
};
