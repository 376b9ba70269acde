// A Leaflet map of bins coloured by fill, clustered (Leaflet.markercluster) so a city's bins read as counts by area
// until the map is zoomed in on them (see base-map.js for its background); a bin can be found on it by its id.
"use strict";
window.wasteFillMap = function (element) {
  const map = window.wasteBaseMap(element);
  const layer = L.markerClusterGroup({ maxClusterRadius: 40, disableClusteringAtZoom: 17, showCoverageOnHover: false, chunkedLoading: true }).addTo(map);
  const byId = new Map();

  function colour(percent) {
    return percent >= 80 ? "#c62828" : percent >= 50 ? "#ef9f00" : "#2e7d32";
  }

  // The dot as an element with its colour set from script: the pages' policy refuses inline style attributes.
  function icon(percent) {
    const dot = document.createElement("span");
    dot.style.background = colour(percent);
    return L.divIcon({ className: "fill-marker", html: dot, iconSize: [16, 16], iconAnchor: [8, 8] });
  }

  return {
    map,
    // bins: [{ deviceId, latitude, longitude, levelPercent }]; returns how many have no position.
    show(bins, describe) {
      layer.clearLayers();
      byId.clear();
      const points = [];
      const markers = [];
      for (const bin of bins) {
        if (bin.latitude === null || bin.longitude === null || bin.latitude === undefined) continue;
        const point = [bin.latitude, bin.longitude];
        points.push(point);
        const marker = L.marker(point, { icon: icon(bin.levelPercent), keyboard: false }).bindTooltip(describe(bin));
        markers.push(marker);
        byId.set(bin.deviceId, marker);
      }
      layer.addLayers(markers);
      if (points.length === 1) map.setView(points[0], 16);
      if (points.length > 1) map.fitBounds(points, { padding: [24, 24] });
      return bins.length - points.length;
    },
    // Zooms in until the bin's marker leaves its cluster, and opens its tooltip; false when the bin is not on the map.
    focus(deviceId) {
      const marker = byId.get(deviceId);
      if (!marker) return false;
      layer.zoomToShowLayer(marker, () => marker.openTooltip());
      return true;
    },
  };
};
