// A Leaflet map of bins coloured by fill (see base-map.js for its background).
"use strict";
window.wasteFillMap = function (element) {
  const map = window.wasteBaseMap(element);
  const layer = L.layerGroup().addTo(map);

  function colour(percent) {
    return percent >= 80 ? "#c62828" : percent >= 50 ? "#ef9f00" : "#2e7d32";
  }

  return {
    map,
    show(bins, describe) {
      layer.clearLayers();
      const points = [];
      for (const bin of bins) {
        if (bin.latitude === null || bin.longitude === null || bin.latitude === undefined) continue;
        const point = [bin.latitude, bin.longitude];
        points.push(point);
        L.circleMarker(point, { radius: 8, color: "#333", weight: 1, fillColor: colour(bin.levelPercent), fillOpacity: 0.9 })
          .bindTooltip(describe(bin)).addTo(layer);
      }
      if (points.length === 1) map.setView(points[0], 16);
      if (points.length > 1) map.fitBounds(points, { padding: [24, 24] });
      return bins.length - points.length;
    },
  };
};
