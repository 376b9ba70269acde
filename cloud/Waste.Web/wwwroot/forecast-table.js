// Bins by forecast: GET /api/forecasts as a table, soonest first, 15 a page, filtered by ward or bin id, and as
// the fill-coloured markers of the map (every bin). A note says how many forecasts still lean on their ward's profile
// and when they will stand on a week of their own readings.
"use strict";
window.wasteForecastTable = async function (options) {
  // options: { table, learning, ward, search, pager, fillMap, utcOffsetMinutes }
  const f = window.wasteFormat;
  const text = f.text();
  const { table, fillMap } = options;
  const offset = options.utcOffsetMinutes;
  const body = table.querySelector("tbody");
  const pageSize = 15;
  let bins = [];
  let page = 0;

  function message(content) {
    const row = f.el("tr", null, f.el("td", { className: "muted", colSpan: 7 }, content));
    body.replaceChildren(row);
  }

  function shown() {
    const ward = options.ward.value;
    const search = options.search.value.trim().toLowerCase();
    return bins.filter((b) => (!ward || b.ward === ward) && (!search || b.deviceId.toLowerCase().includes(search)));
  }

  function learnt(bin) {
    return bin.mostlyPrior
      ? text.wardProfile + (bin.ownHistoryAt ? " · " + text.ownFrom + " " + f.dayOf(bin.ownHistoryAt, offset) : "")
      : text.ownReadings;
  }

  function render() {
    const rows = shown();
    const pages = Math.max(1, Math.ceil(rows.length / pageSize));
    page = Math.min(page, pages - 1);
    const first = page * pageSize;
    body.replaceChildren(...rows.slice(first, first + pageSize).map((bin) => {
      const fill = "number fill " + (bin.levelPercent >= 80 ? "fill-high" : bin.levelPercent >= 50 ? "fill-mid" : "fill-low");
      return f.el("tr", { dataset: { device: bin.deviceId } },
        f.el("td", null, bin.deviceId), f.el("td", null, bin.ward || "–"), f.el("td", null, text[bin.stream] || bin.stream || "–"),
        f.el("td", { className: fill }, f.number(bin.levelPercent, 0) + " %"),
        f.el("td", null, f.soon(bin.thresholdExpected, offset)), f.el("td", null, f.soon(bin.fullExpected, offset)),
        f.el("td", { className: "learnt" + (bin.mostlyPrior ? " muted" : "") }, learnt(bin)));
    }));
    if (rows.length === 0) message(bins.length === 0 ? text.none : text.noneMatch);
    options.pager.querySelector("[data-test=page]").textContent =
      rows.length === 0 ? "0" : f.number(first + 1) + "–" + f.number(Math.min(first + pageSize, rows.length)) + " / " + f.number(rows.length);
    options.pager.querySelector("[data-action=previous]").disabled = page === 0;
    options.pager.querySelector("[data-action=next]").disabled = page >= pages - 1;
  }

  function learning() {
    const leaning = bins.filter((b) => b.mostlyPrior);
    const dates = leaning.map((b) => b.ownHistoryAt).filter(Boolean).sort();
    options.learning.hidden = leaning.length === 0;
    options.learning.textContent = leaning.length === 0 ? "" :
      f.number(leaning.length) + " / " + f.number(bins.length) + " " + text.learning +
      (dates.length ? " " + text.learningFrom + " " + f.dayOf(dates[0], offset) + ", " + text.learningTo + " " + f.dayOf(dates[dates.length - 1], offset) + "." : "");
  }

  try {
    const response = await fetch("/api/forecasts", { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(String(response.status));
    bins = await response.json();
  } catch {
    message(text.failed);
    return;
  }

  const wards = [...new Set(bins.map((b) => b.ward).filter(Boolean))].sort((a, b) => a.localeCompare(b, f.culture));
  options.ward.append(...wards.map((w) => f.el("option", { value: w }, w)));
  options.ward.addEventListener("change", () => { page = 0; render(); });
  options.search.addEventListener("input", () => { page = 0; render(); });
  options.pager.querySelector("[data-action=previous]").addEventListener("click", () => { page -= 1; render(); });
  options.pager.querySelector("[data-action=next]").addEventListener("click", () => { page += 1; render(); });
  learning();
  render();

  const unplaced = fillMap.show(bins, (bin) => bin.deviceId + ": " + f.number(bin.levelPercent, 0) + " %");
  if (unplaced > 0) document.getElementById("unplaced").textContent = unplaced + " " + text.unplaced;
};
