// The province display: the city's public figures, redrawn each time the server's stream says they changed.
"use strict";
(function () {
  const f = window.wasteFormat;
  const text = f.text();
  const root = document.getElementById("display");
  const offset = Number(root.dataset.utcOffset);
  const live = document.getElementById("live");
  const map = window.wasteBaseMap(document.getElementById("display-map"));
  const layer = L.layerGroup().addTo(map);
  const toiletColours = { Open: "#2e7d32", Closed: "#607d8b", OutOfOrder: "#c62828", Unknown: "#9e9e9e" };
  const binColours = { Low: "#2e7d32", Half: "#f9a825", High: "#ef6c00", Full: "#c62828", Unknown: "#9e9e9e" };
  let fitted = false;
  let chart = null;

  function percent(rate) {
    return rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10;
  }

  function drawMap(city) {
    layer.clearLayers();
    const points = [];
    for (const bin of city.bins) {
      L.circleMarker([bin.latitude, bin.longitude], { radius: 4, weight: 0, fillColor: binColours[bin.fill], fillOpacity: 0.8 }).addTo(layer);
      points.push([bin.latitude, bin.longitude]);
    }
    for (const toilet of city.toilets) {
      const icon = L.divIcon({ className: "toilet-icon status-" + toilet.status.toLowerCase(), html: "WC", iconSize: [26, 18] });
      L.marker([toilet.latitude, toilet.longitude], { icon, title: text["status." + toilet.status] }).addTo(layer);
      points.push([toilet.latitude, toilet.longitude]);
    }
    if (!fitted && points.length > 0) {
      map.fitBounds(points, { padding: [20, 20] });
      fitted = true;
    }
  }

  function drawWards(city) {
    const rows = city.wards.map((w) => f.el("tr", { dataset: { ward: w.ward, district: w.district } },
      f.el("td", {}, w.ward, f.el("span", { className: "muted" }, " · " + w.district)),
      f.el("td", { className: "number" }, f.number(w.toiletsOpen) + " / " + f.number(w.toilets)),
      f.el("td", { className: "number" + (w.toiletProblems > 0 ? " alarm" : ""), dataset: { test: "ward-problems" } }, f.number(w.toiletProblems)),
      f.el("td", { className: "number" }, f.number(w.collectionsToday))));
    document.getElementById("wards").replaceChildren(...rows);
  }

  function drawSorting(sorting) {
    const districts = sorting.districts;
    const data = {
      labels: [...districts.map((d) => d.district), text.Province],
      datasets: [
        { label: text["this month"], data: [...districts.map((d) => percent(d.thisMonth)), percent(sorting.province.thisMonth)], backgroundColor: "#0b6e4f" },
        { label: text["last month"], data: [...districts.map((d) => percent(d.lastMonth)), percent(sorting.province.lastMonth)], backgroundColor: "#9fc5b8" },
      ],
    };
    if (chart) {
      chart.data = data;
      chart.update();
      return;
    }
    chart = new Chart(document.getElementById("district-sorting"), {
      type: "bar", data,
      options: { responsive: true, maintainAspectRatio: false, animation: false, locale: f.culture, indexAxis: "y",
        scales: { x: { beginAtZero: true, max: 100, ticks: { callback: (v) => v + " %" } } } },
    });
  }

  function draw(city) {
    document.getElementById("t-toilets-open").textContent = f.number(city.totals.toiletsOpen) + " / " + f.number(city.totals.toilets);
    document.getElementById("t-toilet-problems").textContent = f.number(city.totals.toiletProblems);
    document.getElementById("t-bins-full").textContent = f.number(city.totals.binsNearlyFull) + " / " + f.number(city.totals.bins);
    document.getElementById("t-collections").textContent = f.number(city.totals.collectionsToday);
    document.getElementById("updated").textContent = text.updated + " " + f.time(city.at, offset);
    drawMap(city);
    drawWards(city);
    drawSorting(city.sorting);
  }

  const stream = new EventSource("/api/public/stream");
  stream.onopen = () => { live.textContent = text.live; live.classList.add("on"); };
  stream.onerror = () => { live.textContent = text.reconnecting; live.classList.remove("on"); };
  stream.addEventListener("city", (event) => draw(JSON.parse(event.data)));
})();
