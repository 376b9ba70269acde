// The fleet on the dispatcher's page: a depot's trucks with their crew (the user names that see the truck's route), the
// rules of their day (the crew's lunch, the most volume and stops in a day, unloading before returning to the depot)
// and whether they are in service for the days not yet planned; and the whole fleet as a JSON file to upload. Every
// change goes to the HTTP API (PUT /api/fleet, POST /api/fleet/vehicles/{id}/availability), which checks it: its
// errors are shown as it gives them, and nothing is saved when there is one. The rules' form first checks what it can
// tell itself (whole positive numbers, a lunch window that closes before it opens or leaves the shift).
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

  // Changes one truck in the fleet as the API holds it now, and saves the whole fleet.
  async function saveTruck(truck, change, status) {
    status.replaceChildren();
    try {
      const fleet = await (await fetch("/api/fleet", { headers: { Accept: "application/json" } })).json();
      fleet.vehicles = fleet.vehicles.map((v) => (v.id === truck ? { ...v, ...change } : v));
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

  function saveCrew(truck, input, status) {
    return saveTruck(truck, { crew: names(input.value) }, status);
  }

  // "11:00:00" (a TimeSpan as the API writes it) to "11:00", and back; minutes to "01:00:00".
  function hourMinute(span) {
    return String(span).slice(0, 5);
  }

  function span(hhmm) {
    return hhmm + ":00";
  }

  function minutesSpan(minutes) {
    return String(Math.floor(minutes / 60)).padStart(2, "0") + ":" + String(minutes % 60).padStart(2, "0") + ":00";
  }

  function minutesOf(span) {
    const [hours, minutes] = String(span).split(":").map(Number);
    return hours * 60 + minutes;
  }

  function rules(vehicle, status) {
    const lunch = vehicle.lunch;
    const field = (label, input) => el("label", null, label, " ", input);
    const hasLunch = el("input", { type: "checkbox", name: "lunch", checked: Boolean(lunch) });
    const earliest = el("input", { type: "time", name: "lunch-earliest", value: lunch ? hourMinute(lunch.earliestStart) : "11:00" });
    const latest = el("input", { type: "time", name: "lunch-latest", value: lunch ? hourMinute(lunch.latestStart) : "12:00" });
    const minutes = el("input", { type: "number", name: "lunch-minutes", min: 1, max: 600, step: 1, value: lunch ? minutesOf(lunch.duration) : 60 });
    const daily = el("input", { type: "number", name: "daily-litres", min: 1, step: 1, value: vehicle.dailyVolumeLitres ?? "", placeholder: text.noLimit });
    const stops = el("input", { type: "number", name: "max-stops", min: 1, step: 1, value: vehicle.maxStops ?? "", placeholder: text.noLimit });
    const unload = el("input", { type: "checkbox", name: "unload-before-return", checked: vehicle.unloadBeforeReturn });
    const form = el("form", { className: "truck-rules", noValidate: true, dataset: { test: "truck-rules" } },
      el("fieldset", null, el("legend", null, field(text.lunch, hasLunch)),
        field(text.lunchFrom, earliest), field(text.lunchUntil, latest), field(text.lunchMinutes, minutes)),
      field(text.dailyLitres, daily), field(text.maxStops, stops), field(text.unloadBeforeReturn, unload),
      el("button", { type: "submit", dataset: { action: "save-rules" } }, text.save));

    // What the form can tell: the browser's own checks on each number, then the lunch window against the shift.
    function problems() {
      for (const input of [earliest, latest, minutes]) input.required = hasLunch.checked;
      for (const input of [earliest, latest, minutes, daily, stops]) input.setCustomValidity("");
      const found = [daily, stops, ...(hasLunch.checked ? [earliest, latest, minutes] : [])]
        .filter((input) => !input.checkValidity()).map((input) => input.labels[0].textContent.trim() + ": " + input.validationMessage);
      if (found.length === 0 && hasLunch.checked) {
        const start = minutesOf(earliest.value), end = minutesOf(latest.value);
        if (end < start) found.push(text.lunchWindow);
        else if (start < minutesOf(vehicle.shiftStart) || end + Number(minutes.value) > minutesOf(vehicle.shiftEnd)) found.push(text.lunchShift);
      }
      return found;
    }

    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const found = problems();
      if (found.length) {
        report(status, false, text.notSaved, found);
        return;
      }
      saveTruck(vehicle.id, {
        lunch: hasLunch.checked ? { earliestStart: span(earliest.value), latestStart: span(latest.value), duration: minutesSpan(Number(minutes.value)) } : null,
        dailyVolumeLitres: daily.value === "" ? null : Number(daily.value),
        maxStops: stops.value === "" ? null : Number(stops.value),
        unloadBeforeReturn: unload.checked,
      }, status);
    });
    return form;
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
    const rulesStatus = el("div", { className: "row-status", dataset: { test: "rules-status" } });
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
      el("td", { className: "rules-cell" }, rules(vehicle, rulesStatus), rulesStatus),
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
      body.replaceChildren(...(trucks.length ? trucks.map(row) : [el("tr", null, el("td", { colSpan: 7, className: "muted" }, text.noTrucks))]));
    },
  };
};
