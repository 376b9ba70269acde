// A Leaflet map opened where the element's data attributes say, with the configured tiles as background. Without a
// tile URL it has no background (a plain grid): markers and lines still show.
"use strict";
window.wasteBaseMap = function (element) {
  const map = L.map(element, { zoomControl: true }).setView([Number(element.dataset.latitude), Number(element.dataset.longitude)], 13);
  if (element.dataset.tileUrl) {
    L.tileLayer(element.dataset.tileUrl, { maxZoom: 19, attribution: element.dataset.tileAttribution || "" }).addTo(map);
  } else {
    element.classList.add("no-tiles");
  }
  return map;
};
