// A device's charts (Chart.js, served from this host): a toilet's visits by hour and day, or a bin's fill.
"use strict";
(function () {
  const series = JSON.parse(document.getElementById("series").textContent);
  const f = window.wasteFormat;

  function draw(id, points, type, colour, max) {
    const canvas = document.getElementById(id);
    if (!canvas || !points) return;
    new Chart(canvas, {
      type,
      data: { labels: points.map((p) => p.label), datasets: [{ data: points.map((p) => p.value), backgroundColor: colour, borderColor: colour, pointRadius: 0 }] },
      options: {
        animation: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, max, ticks: { precision: 0, callback: (value) => f.number(value, 0) } } },
      },
    });
  }

  draw("visits-hourly", series.hourly, "bar", "#1565c0");
  draw("visits-daily", series.daily, "bar", "#00838f");
  draw("fill-history", series.fill, "line", "#ef6c00", 100);
})();
