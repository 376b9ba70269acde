// The fleet on the dispatcher's page: a depot's trucks with their crew (the user names that see the truck's route) and
// whether they are in service for the days not yet planned; and the whole fleet as a JSON file to upload. Every change
// goes to the HTTP API (PUT /api/fleet, POST /api/fleet/vehicles/{id}/availability), which checks it: its errors are
// shown as it gives them, and nothing is saved when there is one.
"use strict";
window.wasteFleetEditor = function (options) {
  // options: { table, file, result, crewNames, changed() }
  const f = window.wasteFormat;
  const text = f.text();
  const el = f.el;
  const known = new Set(options.crewNames);
  const body = options.table.querySelector("tbody");

  async function errorsOf(response) {
    const problem = await response.json().catch(() => null);
    const errors = problem && problem.errors ? Object.values(problem.errors).flat() : [];
    return { title: (problem && (problem.title || problem.detail)) || String(response.status), errors };
  }

  function report(container, ok, title, errors) {
    container.replaceChildren(...[
      el("p", { className: ok ? "ok" : "error" }, title),
      errors && errors.length ? el("ul", { className: "errors", dataset: { test: "errors" } }, errors.map((e) => el("li", null, e))) : null,
    ].filter(Boolean));
  }

  async function putFleet(fleet) {
    return fetch("/api/fleet", {
      method: "PUT", headers: { Accept: "application/json", "Content-Type": "application/json" }, body: typeof fleet === "string" ? fleet : JSON.stringify(fleet),
    });
  }

  function names(value) {
    return value.split(/[,\s]+/).map((n) => n.trim()).filter(Boolean);
  }

  async function saveCrew(truck, input, status) {
    status.replaceChildren();
    try {
      const fleet = await (await fetch("/api/fleet", { headers: { Accept: "application/json" } })).json();
      fleet.vehicles = fleet.vehicles.map((v) => (v.id === truck ? { ...v, crew: names(input.value) } : v));
      const response = await putFleet(fleet);
      if (response.ok) {
        options.changed();
      } else {
        const problem = await errorsOf(response);
        report(status, false, text.notSaved + ": " + problem.title, problem.errors);
      }
    } catch {
      report(status, false, text.notSaved, []);
    }
  }

  async function setAvailable(truck, available, status) {
    const response = await fetch("/api/fleet/vehicles/" + encodeURIComponent(truck) + "/availability", {
      method: "POST", headers: { Accept: "application/json", "Content-Type": "application/json" }, body: JSON.stringify({ available }),
    }).catch(() => null);
    if (response && response.ok) options.changed();
    else report(status, false, text.notSaved + (response ? ": " + (await errorsOf(response)).title : ""), []);
  }

  function row(vehicle) {
    const status = el("div", { className: "row-status" });
    const input = el("input", { type: "text", name: "crew", value: vehicle.crew.join(", "), autocomplete: "off" });
    input.setAttribute("list", "crew-accounts");
    const unknown = vehicle.crew.filter((n) => !known.has(n));
    return el("tr", { dataset: { truck: vehicle.id, available: String(vehicle.available) }, className: vehicle.available ? "" : "revoked-soft" },
      el("td", null, vehicle.id),
      el("td", null, vehicle.streams.map((s) => text[s] || s).join(", ")),
      el("td", { className: "number" }, f.number(vehicle.capacityLitres) + " L · " + f.number(vehicle.capacityKilograms) + " kg"),
      el("td", null, String(vehicle.shiftStart).slice(0, 5) + "–" + String(vehicle.shiftEnd).slice(0, 5)),
      el("td", { className: "crew-cell" },
        el("div", { className: "inline-edit" }, input,
          el("button", { type: "button", dataset: { action: "save-crew" }, onclick: () => saveCrew(vehicle.id, input, status) }, text.save)),
        unknown.length ? el("p", { className: "small error", dataset: { test: "unknown-crew" } }, unknown.join(", ") + ": " + text.unknownCrew) : null,
        status),
      el("td", null,
        el("span", { className: vehicle.available ? "ok" : "error" }, vehicle.available ? text.inService : text.outOfService), " ",
        el("button", {
          type: "button", dataset: { action: vehicle.available ? "take-out" : "put-back" },
          onclick: () => setAvailable(vehicle.id, !vehicle.available, status),
        }, vehicle.available ? text.takeOut : text.putBack)));
  }

  async function upload() {
    const chosen = options.file.files[0];
    if (!chosen) return;
    const content = await chosen.text();
    options.file.value = "";
    try {
      JSON.parse(content);
    } catch (error) {
      report(options.result, false, text.notJson + ": " + error.message, []);
      return;
    }
    const response = await putFleet(content).catch(() => null);
    if (response && response.ok) {
      report(options.result, true, text.uploaded, []);
      options.changed();
    } else if (response) {
      const problem = await errorsOf(response);
      report(options.result, false, text.notSaved + ": " + problem.title, problem.errors);
    } else {
      report(options.result, false, text.notSaved, []);
    }
  }

  options.file.addEventListener("change", upload);

  return {
    show(fleet, depotId) {
      const trucks = fleet.vehicles.filter((v) => v.depotId === depotId);
      body.replaceChildren(...(trucks.length ? trucks.map(row) : [el("tr", null, el("td", { colSpan: 6, className: "muted" }, text.noTrucks))]));
    },
  };
};
