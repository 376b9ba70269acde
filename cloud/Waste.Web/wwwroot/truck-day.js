// A truck's day as the server counts it: GET /api/plans/... and /api/crew/routes give each route its part done and
// its part remaining, each with kilometres and times. Both the dispatcher's page and the crew's page write them with
// these functions, so they always read the same.
"use strict";
window.wasteTruckDay = function (utcOffsetMinutes) {
  const f = window.wasteFormat;
  const span = (part) => f.clock(part.from, utcOffsetMinutes) + "–" + f.clock(part.to, utcOffsetMinutes);
  const km = (value) => f.number(value, 1) + " km";
  const value = (test, content) => f.el("span", { dataset: { test } }, content);
  return {
    // "18,5 km · 05:00–06:36"; "–" before the first report.
    done: (route) => value("done-part", route.done.stops > 0 ? km(route.done.distanceKm) + " · " + span(route.done) : "–"),
    // "24,2 km · 06:36–07:54"; "–" once nothing is left.
    remaining: (route) => value("remaining-part", route.remaining.distanceKm > 0 ? km(route.remaining.distanceKm) + " · " + span(route.remaining) : "–"),
    // "42,7 km · 05:00–07:54": the whole day.
    whole: (route) => value("whole-day", km(route.distanceKm) + " · " + f.clock(route.departure, utcOffsetMinutes) + "–" + f.clock(route.return, utcOffsetMinutes)),
  };
};
