// Routes on a Leaflet map: for each, a line from its depot through its stops in order and back, and a numbered marker
// per stop, styled by its status (planned, collected, skipped; a disposal site is a square). Plain SVG and HTML, so
// it shows without tiles.
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
        for (const stop of route.stops) marker(stop).addTo(layer);
        points.push(...line);
      }
      // Fit once per set of routes, so a refresh does not move the map under a finger.
      const key = routes.map((r) => r.key).join("|");
      if (points.length > 0 && key !== fitted) {
        fitted = key;
        if (points.length === 1) map.setView(points[0], 16);
        else map.fitBounds(points, { padding: [24, 24] });
      }
    },
  };
};
