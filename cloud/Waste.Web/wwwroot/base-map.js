// A Leaflet map opened where the element's data attributes say, with a scale, and the background tiles of the
// configured source (Web:Map:TileUrl) credited as its provider asks (Web:Map:TileAttribution). Without a tile source
// the map is never empty of bearings: a grid, the scale, the fleet's depots and disposal sites (places()), and a note
// saying how to add a background.
"use strict";
window.wasteBaseMap = function (element) {
  // A maximum zoom of its own: without tiles Leaflet has none, and the clustering plugin needs one.
  const map = L.map(element, { zoomControl: true, maxZoom: 19 }).setView([Number(element.dataset.latitude), Number(element.dataset.longitude)], 13);
  L.control.scale({ imperial: false, maxWidth: 160 }).addTo(map);
  if (element.dataset.tileUrl) {
    L.tileLayer(element.dataset.tileUrl, { maxZoom: 19, attribution: element.dataset.tileAttribution }).addTo(map);
  } else {
    element.classList.add("no-tiles");
    map.attributionControl.addAttribution(element.dataset.noTiles || "");
  }

  const places = L.layerGroup().addTo(map);
  const place = (kind, symbol, name, latitude, longitude) =>
    L.marker([latitude, longitude], {
      icon: L.divIcon({ className: "map-place " + kind, html: "<span>" + symbol + "</span>", iconSize: [24, 24], iconAnchor: [12, 12] }),
      title: name, keyboard: false, zIndexOffset: -100,
    }).bindTooltip(name, { direction: "top", offset: [0, -10] });

  // The fleet's depots (⌂) and disposal sites (▼), as GET /api/fleet gives them.
  map.wastePlaces = function (fleet) {
    places.clearLayers();
    for (const depot of fleet.depots || []) place("depot", "⌂", depot.name, depot.latitude, depot.longitude).addTo(places);
    for (const site of fleet.disposalSites || []) place("site", "▼", site.name, site.latitude, site.longitude).addTo(places);
  };
  return map;
};
