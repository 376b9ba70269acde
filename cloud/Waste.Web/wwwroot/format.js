// Numbers and times in the page's language (vi-VN: 1.234,5 and 26/11/2026 07:00), times on the city's clock.
"use strict";
window.wasteFormat = (function () {
  const culture = document.body.dataset.culture || "vi-VN";
  const numbers = new Map();
  const dateTime = new Intl.DateTimeFormat(culture, {
    timeZone: "UTC", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hour12: false,
  });

  function number(value, digits) {
    if (value === null || value === undefined) return "–";
    const key = digits || 0;
    if (!numbers.has(key)) {
      numbers.set(key, new Intl.NumberFormat(culture, { minimumFractionDigits: key, maximumFractionDigits: key }));
    }
    return numbers.get(key).format(value);
  }

  // The city's wall-clock time of an ISO instant: shifted by the city's offset, then printed as UTC.
  function time(iso, utcOffsetMinutes) {
    if (!iso) return "–";
    return dateTime.format(new Date(Date.parse(iso) + utcOffsetMinutes * 60000));
  }

  function text(id) {
    const element = document.getElementById(id || "text");
    return element ? JSON.parse(element.textContent) : {};
  }

  function cell(row, content, className) {
    const td = document.createElement("td");
    td.textContent = content;
    if (className) td.className = className;
    row.appendChild(td);
    return td;
  }

  return { number, time, text, cell, culture };
})();
