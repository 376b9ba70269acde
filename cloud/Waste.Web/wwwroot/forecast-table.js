// Bins by forecast: GET /api/forecasts as a table, soonest first, and as the fill-coloured markers of the map.
"use strict";
window.wasteForecastTable = async function (table, fillMap, utcOffsetMinutes) {
  const f = window.wasteFormat;
  const text = f.text();
  const body = table.querySelector("tbody");

  function message(content) {
    body.replaceChildren();
    const row = body.insertRow();
    f.cell(row, content, "muted").colSpan = 6;
  }

  let bins;
  try {
    const response = await fetch("/api/forecasts", { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(String(response.status));
    bins = await response.json();
  } catch {
    message(text.failed);
    return;
  }

  if (bins.length === 0) {
    message(text.none);
  } else {
    body.replaceChildren();
    for (const bin of bins) {
      const row = body.insertRow();
      row.dataset.device = bin.deviceId;
      f.cell(row, bin.deviceId);
      f.cell(row, bin.ward || "–");
      f.cell(row, text[bin.stream] || bin.stream || "–");
      f.cell(row, f.number(bin.levelPercent, 0) + " %", "number fill " + (bin.levelPercent >= 80 ? "fill-high" : bin.levelPercent >= 50 ? "fill-mid" : "fill-low"));
      const threshold = f.time(bin.thresholdExpected, utcOffsetMinutes) + (bin.mostlyPrior ? " (" + text.learning + ")" : "");
      f.cell(row, threshold);
      f.cell(row, f.time(bin.fullExpected, utcOffsetMinutes));
    }
  }

  const unplaced = fillMap.show(bins, (bin) => bin.deviceId + ": " + f.number(bin.levelPercent, 0) + " %");
  if (unplaced > 0) document.getElementById("unplaced").textContent = unplaced + " " + text.unplaced;
};
