// DONRE's charts: collected volume by stream (stacked) and the sorting rate, one bar per ward or district.
"use strict";
(function () {
  const series = JSON.parse(document.getElementById("series").textContent);
  const f = window.wasteFormat;
  const colours = { Residual: "#757575", Recyclable: "#1565c0", Organic: "#2e7d32", Hazardous: "#c62828" };
  const axis = (max) => ({ beginAtZero: true, max, ticks: { precision: 0, callback: (value) => f.number(value, 0) } });

  new Chart(document.getElementById("volume-chart"), {
    type: "bar",
    data: {
      labels: series.labels,
      datasets: series.streams.map((s) => ({ label: s.name, data: s.values, backgroundColor: colours[s.stream] })),
    },
    options: { animation: false, scales: { x: { stacked: true }, y: { stacked: true, ...axis() } } },
  });

  new Chart(document.getElementById("sorting-chart"), {
    type: "bar",
    data: { labels: series.labels, datasets: [{ data: series.sorting, backgroundColor: "#00838f" }] },
    options: { animation: false, plugins: { legend: { display: false } }, scales: { y: axis(100) } },
  });
})();
