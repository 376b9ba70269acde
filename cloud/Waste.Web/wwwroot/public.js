// The public page: from the citizen's location (or a ward they choose), the nearest toilets and whether each can be
// used now, the ward's sorting rate against last month and the province, and bins nearby by fill colour.
"use strict";
(function () {
  const f = window.wasteFormat;
  const text = f.text();
  const root = document.getElementById("public");
  const offset = Number(root.dataset.utcOffset);
  const status = document.getElementById("where-status");
  const wardSelect = document.getElementById("ward");
  const wards = Array.from(wardSelect.options).filter((o) => o.value).map((o) => {
    const [district, ward] = o.value.split("|");
    return { district, ward, option: o };
  });
  let map = null;
  let layer = null;
  let chart = null;

  function distance(metres) {
    return metres < 1000 ? f.number(metres) + " m" : f.number(metres / 1000, 1) + " km";
  }

  async function json(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(url + ": " + response.status);
    return response.json();
  }

  function toiletItem(toilet) {
    const facts = [];
    if (toilet.status === "Open") facts.push(toilet.occupied ? text.occupied : text.free);
    facts.push(text["odour." + toilet.odour]);
    facts.push(text["last cleaned"] + ": " + (toilet.lastCleanedAt ? f.time(toilet.lastCleanedAt, offset) : text["not yet recorded"]));
    facts.push(toilet.accessible === true ? "♿ " + text.accessible : toilet.accessible === false ? text["not accessible"] : text["access not surveyed"]);
    const item = f.el("li", { className: "toilet status-" + toilet.status.toLowerCase(), dataset: { code: toilet.code, status: toilet.status } },
      f.el("div", { className: "toilet-head" },
        f.el("span", { className: "badge status-" + toilet.status.toLowerCase() }, text["status." + toilet.status]),
        f.el("strong", { className: "distance" }, distance(toilet.distanceMetres)),
        f.el("span", { className: "muted" }, " " + text.in + " " + (toilet.ward || "–"))),
      f.el("div", { className: "toilet-facts" }, facts.join(" · ")));
    if (toilet.nearestOpen) {
      const open = toilet.nearestOpen;
      item.append(f.el("div", { className: "nearest", dataset: { test: "nearest-open" } },
        text["nearest open toilet"] + ": " + distance(open.distanceMetres) + " " + text.away + ", " + text.in + " " + (open.ward || "–")));
    }
    item.append(f.el("a", { className: "report-link", href: "/r/" + toilet.code }, text["Report a problem"]));
    return item;
  }

  function showToilets(answer) {
    const list = document.getElementById("toilets");
    list.replaceChildren(...answer.toilets.map(toiletItem));
    if (answer.toilets.length === 0) list.append(f.el("li", { className: "empty" }, text["no toilet"]));
    document.getElementById("toilets-card").hidden = false;
  }

  function showSorting(answer, area) {
    document.getElementById("sorting-card").hidden = false;
    document.getElementById("sorting-area").textContent = "· " + area;
    const percent = (rate) => (rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10);
    const wardNow = answer.ward ? answer.ward.thisMonth : null;
    document.getElementById("sorting-now").textContent = wardNow === null ? text["no sorting data"] : f.number(percent(wardNow), 1) + " %";
    const labels = [text.Ward, text.District, text.Province];
    const rows = [answer.ward, answer.district, answer.province];
    const data = {
      labels,
      datasets: [
        { label: text["this month"], data: rows.map((r) => percent(r && r.thisMonth)), backgroundColor: "#0b6e4f" },
        { label: text["last month"], data: rows.map((r) => percent(r && r.lastMonth)), backgroundColor: "#9fc5b8" },
      ],
    };
    if (chart) {
      chart.data = data;
      chart.update();
    } else {
      chart = new Chart(document.getElementById("sorting-chart"), {
        type: "bar", data,
        options: { responsive: true, maintainAspectRatio: false, animation: false, locale: f.culture,
          scales: { y: { beginAtZero: true, max: 100, ticks: { callback: (v) => v + " %" } } } },
      });
    }
  }

  function showBins(answer, latitude, longitude, here) {
    document.getElementById("bins-card").hidden = false;
    if (!map) {
      map = window.wasteBaseMap(document.getElementById("map"));
      layer = L.layerGroup().addTo(map);
    }
    layer.clearLayers();
    L.circleMarker([latitude, longitude], { radius: 7, color: "#1565c0", fillOpacity: 0.9 }).bindTooltip(here).addTo(layer);
    const colours = { Low: "#2e7d32", Half: "#f9a825", High: "#ef6c00", Full: "#c62828", Unknown: "#9e9e9e" };
    for (const bin of answer.bins) {
      L.circleMarker([bin.latitude, bin.longitude], { radius: 6, color: colours[bin.fill], fillColor: colours[bin.fill], fillOpacity: 0.85, weight: 1 })
        .bindTooltip(text["fill." + bin.fill]).addTo(layer);
    }
    map.setView([latitude, longitude], 15);
    const full = answer.bins.filter((b) => b.fill === "High" || b.fill === "Full").length;
    document.getElementById("bins-summary").textContent =
      answer.bins.length + " " + text["bins within"] + " " + distance(answer.radiusMetres) + ", " + full + " " + text["of which nearly full"];
  }

  function nearestWard(latitude, longitude) {
    let best = null;
    for (const w of wards) {
      const lat = Number(w.option.dataset.latitude);
      const lon = Number(w.option.dataset.longitude);
      const d = (lat - latitude) ** 2 + ((lon - longitude) * Math.cos(latitude * Math.PI / 180)) ** 2;
      if (!best || d < best.d) best = { w, d };
    }
    return best ? best.w : null;
  }

  async function load(place) {
    status.textContent = "";
    try {
      const where = place.query || "lat=" + place.latitude + "&lon=" + place.longitude;
      const toilets = await json("/api/public/toilets?limit=5&" + where);
      showToilets(toilets);
      const latitude = toilets.origin.latitude;
      const longitude = toilets.origin.longitude;
      const ward = place.ward || nearestWard(latitude, longitude);
      if (ward) {
        const sorting = await json("/api/public/sorting?district=" + encodeURIComponent(ward.district) + "&ward=" + encodeURIComponent(ward.ward));
        showSorting(sorting, ward.ward + ", " + ward.district);
      }
      const here = place.ward ? text["middle of the ward"] : text["you are here"];
      showBins(await json("/api/public/bins?lat=" + latitude + "&lon=" + longitude), latitude, longitude, here);
    } catch {
      status.textContent = text["loading failed"];
    }
  }

  document.getElementById("locate").addEventListener("click", () => {
    status.textContent = text.locating;
    navigator.geolocation.getCurrentPosition(
      (position) => load({ latitude: position.coords.latitude, longitude: position.coords.longitude }),
      () => { status.textContent = text["location refused"]; },
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
  });

  wardSelect.addEventListener("change", () => {
    const chosen = wards.find((w) => w.option === wardSelect.selectedOptions[0]);
    if (chosen) load({ ward: chosen, query: "district=" + encodeURIComponent(chosen.district) + "&ward=" + encodeURIComponent(chosen.ward) });
  });
})();
