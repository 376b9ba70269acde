// Routes on a Leaflet map: for each, the line from its depot through its stops in order and back, with an arrow on
// every leg pointing the way the truck drives, and a numbered marker per stop styled by its status (planned,
// collected, skipped; a disposal site is a square). The view fits the routes when the set of routes changes. Plain
// SVG and HTML, so it shows without tiles.
"use strict";
window.wasteRouteLayer = function (map) {
  const layer = L.layerGroup().addTo(map);
  let fitted = "";

  function marker(stop) {
    const kind = stop.isDisposal ? "disposal" : "status-" + String(stop.status || "Planned").toLowerCase() + (stop.pending ? " pending" : "");
    return L.marker([stop.latitude, stop.longitude], {
      icon: L.divIcon({ className: "stop-marker " + kind, html: "<span>" + stop.label + "</span>", iconSize: [28, 28], iconAnchor: [14, 14] }),
      title: stop.title,
      keyboard: false,
      zIndexOffset: 100,
    });
  }

  // The compass bearing from a to b, degrees clockwise from north (legs are short: a flat earth will do).
  function bearing(a, b) {
    const dx = (b[1] - a[1]) * Math.cos((a[0] + b[0]) * Math.PI / 360);
    const dy = b[0] - a[0];
    return Math.atan2(dx, dy) * 180 / Math.PI;
  }

  function arrow(a, b, colour) {
    // An element styled from script: the pages' policy refuses inline style attributes.
    const head = document.createElement("span");
    head.textContent = "▲";
    head.style.transform = "rotate(" + bearing(a, b).toFixed(0) + "deg)";
    head.style.color = colour;
    return L.marker([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], {
      icon: L.divIcon({ className: "route-arrow", html: head, iconSize: [16, 16], iconAnchor: [8, 8] }),
      interactive: false, keyboard: false,
    });
  }

  return {
    // routes: [{ key, colour, depot: {latitude, longitude, name} | null, stops: [{latitude, longitude, label, title, status, isDisposal, pending}] }]
    show(routes) {
      layer.clearLayers();
      const points = [];
      for (const route of routes) {
        const line = route.stops.map((s) => [s.latitude, s.longitude]);
        if (route.depot) {
          const depot = [route.depot.latitude, route.depot.longitude];
          line.unshift(depot);
          line.push(depot);
          L.marker(depot, {
            icon: L.divIcon({ className: "stop-marker depot", html: "<span>⌂</span>", iconSize: [28, 28], iconAnchor: [14, 14] }),
            title: route.depot.name,
          }).addTo(layer);
        }
        if (line.length > 1) L.polyline(line, { color: route.colour, weight: 4, opacity: 0.8 }).addTo(layer);
        for (let i = 1; i < line.length; i++) {
          if (line[i][0] !== line[i - 1][0] || line[i][1] !== line[i - 1][1]) arrow(line[i - 1], line[i], route.colour).addTo(layer);
        }
        for (const stop of route.stops) marker(stop).addTo(layer);
        points.push(...line);
      }
      // Fit once per set of routes, so a refresh does not move the map under a finger.
      const key = routes.map((r) => r.key).join("|");
      if (points.length > 0 && key !== fitted) {
        fitted = key;
        if (points.length === 1) map.setView(points[0], 16);
        else map.fitBounds(points, { padding: [32, 32] });
      }
    },
  };
};
