// A depot's plan for a day on the dispatcher's page: plan it with a policy (POST /api/plans/{depot}/{day}), show each
// truck's route with the crews' progress, kept current by polling GET /api/plans/{depot}/{day} every few seconds,
// the unserved and not-considered bins, and "truck broke down" (POST .../vehicles/{truck}/out-of-service), which
// re-plans the truck's remaining stops onto the others. The routes are drawn on the page's map, the bins' decisions
// shown by plan-decisions.js.
"use strict";
window.wasteDayPlan = function (options) {
  // options: { form, message, live, section, layer, decisions, explain(verdict), depotOf(id), today, utcOffsetMinutes, colours }
  const f = window.wasteFormat;
  const text = f.text();
  const el = f.el;
  const { form, message, live, section, layer, colours } = options;
  const offset = options.utcOffsetMinutes;
  const day = window.wasteTruckDay(offset);
  const pollEvery = 5000;
  const open = new Set();
  const confirming = new Set();
  let shown = "";
  let busy = false;

  const selection = () => ({ day: form.elements.day.value, depot: form.elements.depot.value, policy: form.elements.policy.value });
  const planUrl = (s) => "/api/plans/" + encodeURIComponent(s.depot) + "/" + s.day;

  async function problemOf(response) {
    const problem = await response.json().catch(() => null);
    return (problem && (problem.title || problem.detail)) || String(response.status);
  }

  function say(content, className) {
    message.textContent = content;
    message.className = className || "muted";
  }

  async function refresh() {
    const s = selection();
    if (!s.depot || !s.day) {
      show(null);
      return;
    }
    try {
      const response = await fetch(planUrl(s), { headers: { Accept: "application/json" } });
      if (s.depot !== selection().depot || s.day !== selection().day) return;
      if (response.status === 404) {
        show(null);
        if (!busy) say(text.notPlanned);
      } else if (response.ok) {
        show(await response.json());
      } else {
        throw new Error(String(response.status));
      }
      live.textContent = text.updated + " " + new Date().toLocaleTimeString(f.culture, { hour12: false });
      live.classList.add("on");
    } catch {
      live.classList.remove("on");
    }
  }

  async function plan(event) {
    event.preventDefault();
    const s = selection();
    if (!s.depot) return;
    busy = true;
    const button = form.querySelector("[data-action=plan]");
    button.disabled = true;
    say(text.planning);
    try {
      const response = await fetch(planUrl(s) + "?policy=" + encodeURIComponent(s.policy), { method: "POST", headers: { Accept: "application/json" } });
      if (response.ok) {
        const result = await response.json();
        say(text.version + " " + result.version + " · " + text["policy." + result.policy], "ok");
        show(result);
      } else {
        say(text.planFailed + ": " + (await problemOf(response)), "error");
      }
    } catch {
      say(text.planFailed, "error");
    } finally {
      busy = false;
      button.disabled = false;
    }
  }

  async function breakdown(day, depot, truck) {
    confirming.delete(truck);
    say(text.planning);
    const response = await fetch(planUrl({ day, depot }) + "/vehicles/" + encodeURIComponent(truck) + "/out-of-service", {
      method: "POST", headers: { Accept: "application/json" },
    }).catch(() => null);
    if (response && response.ok) {
      const result = await response.json();
      say(text.replanned + " " + result.version, "ok");
      show(result);
    } else {
      say(text.planFailed + ": " + (response ? await problemOf(response) : "–"), "error");
      shown = "";
      refresh();
    }
  }

  function counts(route) {
    const bins = route.stops.filter((s) => !s.isDisposal && !s.isBreak);
    return {
      total: bins.length,
      collected: bins.filter((s) => s.status === "Collected").length,
      skipped: bins.filter((s) => s.status === "Skipped").length,
      planned: bins.filter((s) => s.status === "Planned").length,
    };
  }

  function figures(plan) {
    const bins = plan.routes.reduce((n, r) => n + counts(r).total, 0);
    const km = plan.routes.reduce((n, r) => n + r.distanceKm, 0);
    // A figure whose bins have decisions links to them.
    const why = (verdict) => plan.decisions && plan.decisions.length
      ? [" ", el("button", { type: "button", className: "link-button", dataset: { action: "why", verdict }, onclick: () => options.explain(verdict) }, text.why)]
      : null;
    const figure = (value, label, test, verdict) => el("div", { dataset: test ? { test } : undefined }, el("strong", null, value), " " + label, verdict === undefined ? null : why(verdict));
    return [
      figure(text.version + " " + plan.version, text["policy." + plan.policy] + " · " + text.plannedAt + " " + f.time(plan.plannedAt, offset), "plan-version"),
      figure(f.number(km, 1), text.kmTotal),
      figure(f.number(bins), text.binsPlanned, "bins-planned", "plan"),
      figure(f.number(plan.leftOut), text.leftOut, "left-out", "Waits"),
      el("div", { className: plan.isFeasible ? "ok" : "error" }, plan.isFeasible ? text.feasible : text.infeasible),
    ];
  }

  function stopTable(route) {
    let number = 0;
    return el("table", { className: "data stops-table" },
      el("thead", null, el("tr", null, ["#", text.bin, text.ward, text.stream, text.expectedFill, text.arrival, text.status].map((h) => el("th", null, h)))),
      el("tbody", null, route.stops.map((stop) => {
        if (stop.isBreak) {
          return el("tr", { className: "lunch" }, el("td", null, "–"), el("td", { colSpan: 4 }, text.lunch), el("td", null, f.clock(stop.arrival, offset) + " – " + f.clock(stop.departure, offset)), el("td", null, ""));
        }

        if (stop.isDisposal) {
          return el("tr", { className: "disposal" }, el("td", null, "D"), el("td", { colSpan: 4 }, text.unloadAt + " " + stop.id), el("td", null, f.clock(stop.arrival, offset)), el("td", null, ""));
        }
        number += 1;
        const reason = stop.skipReason ? ": " + (text["skip." + stop.skipReason] || stop.skipReason) : "";
        return el("tr", { dataset: { stop: stop.id, status: stop.status }, className: "status-" + stop.status.toLowerCase() },
          el("td", null, String(number)), el("td", null, stop.id), el("td", null, stop.ward || "–"), el("td", null, text[stop.stream] || stop.stream || "–"),
          el("td", { className: "number" }, f.number(stop.expectedFillPercent, 0) + " %"), el("td", null, f.clock(stop.arrival, offset)),
          el("td", { className: "state" }, (text[stop.status] || stop.status) + reason + (stop.markedAt ? " · " + f.clock(stop.markedAt, offset) : "")));
      })));
  }

  function routeRows(plan, route, index) {
    const c = counts(route);
    const truck = route.vehicleId;
    const toggle = el("button", {
      type: "button", className: "link-button", ariaExpanded: String(open.has(truck)),
      onclick: () => { if (open.has(truck)) open.delete(truck); else open.add(truck); shown = ""; show(plan); },
    }, (open.has(truck) ? "▾ " : "▸ ") + truck);
    const action = el("td", { className: "actions" });
    if (plan.day === options.today && c.planned > 0) {
      if (confirming.has(truck)) {
        action.append(
          el("span", { className: "small" }, text.confirmBreakdown + " "),
          el("button", { type: "button", className: "danger", dataset: { action: "confirm-breakdown" }, onclick: () => breakdown(plan.day, plan.depotId, truck) }, text.breakdown),
          el("button", { type: "button", onclick: () => { confirming.delete(truck); shown = ""; show(plan); } }, "×"));
      } else {
        action.append(el("button", { type: "button", className: "danger", dataset: { action: "breakdown" }, onclick: () => { confirming.add(truck); shown = ""; show(plan); } }, text.breakdown));
      }
    }
    const row = el("tr", { dataset: { truck, collected: String(c.collected), skipped: String(c.skipped), planned: String(c.planned) } },
      el("td", null, el("span", { className: "swatch", style: "background:" + colours[index % colours.length] }), toggle),
      el("td", null, route.crew.length ? route.crew.join(", ") : "–"),
      el("td", null, day.whole(route)),
      el("td", null, day.done(route)),
      el("td", null, day.remaining(route)),
      el("td", { className: "progress-cell" },
        el("progress", { max: Math.max(1, c.total), value: c.collected + c.skipped }),
        el("span", { dataset: { test: "route-progress" } }, " " + (c.collected + c.skipped) + " / " + c.total + " · " +
          c.collected + " " + text.collectedCount + ", " + c.skipped + " " + text.skippedCount + ", " + c.planned + " " + text.plannedCount)),
      action);
    const rows = [row];
    if (open.has(truck)) rows.push(el("tr", { className: "stops-row" }, el("td", { colSpan: 7 }, stopTable(route))));
    return rows;
  }

  function issues(list, items) {
    list.replaceChildren(...(items.length
      ? items.map((issue) => el("li", { dataset: { bin: issue.binId } }, el("strong", null, issue.binId), ": " + issue.reason))
      : [el("li", { className: "muted" }, text.noneListed)]));
  }

  function show(plan) {
    const json = JSON.stringify(plan);
    if (json === shown) return;
    shown = json;
    section.hidden = !plan;
    options.decisions.show(plan);
    if (!plan) {
      layer.show([]);
      return;
    }
    document.getElementById("plan-figures").replaceChildren(...figures(plan));
    document.querySelector("#routes tbody").replaceChildren(...plan.routes.flatMap((route, index) => routeRows(plan, route, index)));
    issues(document.getElementById("unserved"), plan.unserved);
    issues(document.getElementById("not-considered"), plan.notConsidered);
    const depot = options.depotOf(plan.depotId);
    layer.show(plan.routes.map((route, index) => {
      let number = 0;
      return {
        key: plan.depotId + "|" + plan.day + "|" + route.vehicleId,
        colour: colours[index % colours.length],
        depot: depot ? { latitude: depot.latitude, longitude: depot.longitude, name: depot.name } : null,
        stops: route.stops.filter((stop) => !stop.isBreak).map((stop) => {
          if (!stop.isDisposal) number += 1;
          return {
            latitude: stop.latitude, longitude: stop.longitude, isDisposal: stop.isDisposal, status: stop.status,
            label: stop.isDisposal ? "D" : String(number),
            title: route.vehicleId + " · " + (stop.isDisposal ? text.unloadAt + " " + stop.id : number + ". " + stop.id + " · " + (text[stop.status] || stop.status)),
          };
        }),
      };
    }));
  }

  form.addEventListener("submit", plan);
  setInterval(() => { if (!document.hidden) refresh(); }, pollEvery);
  return { refresh: () => { shown = ""; open.clear(); confirming.clear(); say(""); return refresh(); } };
};
