// The dispatcher's page: four tabs (the day's plan, why each bin is in it or waits, bins by forecast, the fleet) beside
// one large map, wiring the day's plan (day-plan.js), its decisions (plan-decisions.js), bins by forecast
// (forecast-table.js) and the fleet (fleet-editor.js) together around one copy of the fleet, reloaded whenever it
// changes. The open tab is in the address (#bins), so a reload keeps it.
"use strict";
(async function () {
  const f = window.wasteFormat;
  const text = f.text();
  const root = document.getElementById("dispatch");
  const offset = Number(root.dataset.utcOffset);
  const form = document.getElementById("plan-controls");
  const depots = form.elements.depot;
  const fillMap = window.wasteFillMap(document.getElementById("fill-map"));
  let fleet = { depots: [], disposalSites: [], vehicles: [] };

  function openTab(name) {
    const tab = root.querySelector("[data-tab='" + name + "']") ? name : "plan";
    for (const button of root.querySelectorAll("[data-tab]")) button.setAttribute("aria-selected", String(button.dataset.tab === tab));
    for (const panel of root.querySelectorAll("[data-panel]")) panel.hidden = panel.dataset.panel !== tab;
  }

  function showTab(name) {
    history.replaceState(null, "", "#" + name);
    openTab(name);
  }

  for (const button of root.querySelectorAll("[data-tab]")) {
    button.addEventListener("click", () => showTab(button.dataset.tab));
  }
  openTab(location.hash.slice(1));

  const decisions = window.wastePlanDecisions({ panel: document.getElementById("panel-why"), fillMap, utcOffsetMinutes: offset });

  const plan = window.wasteDayPlan({
    form,
    message: document.getElementById("plan-message"),
    live: document.getElementById("plan-live"),
    section: document.getElementById("plan"),
    layer: window.wasteRouteLayer(fillMap.map),
    decisions,
    explain: (verdict) => { decisions.filter(verdict); showTab("why"); },
    depotOf: (id) => fleet.depots.find((d) => d.id === id),
    today: root.dataset.today,
    utcOffsetMinutes: offset,
    colours: ["#0b6e4f", "#1565c0", "#8e24aa", "#ef6c00", "#6d4c41", "#00838f"],
  });

  const editor = window.wasteFleetEditor({
    table: document.getElementById("trucks"),
    file: document.getElementById("fleet-file"),
    result: document.getElementById("fleet-result"),
    crewNames: JSON.parse(document.getElementById("crew-names").textContent),
    changed: loadFleet,
  });

  async function loadFleet() {
    const response = await fetch("/api/fleet", { headers: { Accept: "application/json" } }).catch(() => null);
    if (!response || !response.ok) return;
    fleet = await response.json();
    fillMap.map.wastePlaces(fleet);
    const chosen = depots.value;
    depots.replaceChildren(...fleet.depots.map((d) => f.el("option", { value: d.id, selected: d.id === chosen }, d.name + " (" + d.id + ")")));
    editor.show(fleet, depots.value);
    await plan.refresh();
    if (fleet.depots.length === 0) document.getElementById("plan-message").textContent = text.noDepot;
  }

  depots.addEventListener("change", () => { editor.show(fleet, depots.value); plan.refresh(); });
  form.elements.day.addEventListener("change", () => plan.refresh());
  // Bins first: the map then fits to the plan's routes, where there is one.
  await window.wasteForecastTable({
    table: document.getElementById("forecasts"),
    learning: document.getElementById("learning"),
    ward: root.querySelector("[data-test=forecast-ward]"),
    search: root.querySelector("[data-test=forecast-search]"),
    pager: root.querySelector("[data-test=pager]"),
    fillMap,
    utcOffsetMinutes: offset,
  });
  await loadFleet();
})();
