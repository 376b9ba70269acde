// Numbers and times in the page's language (vi-VN: 1.234,5 and 26/11/2026 07:00; English: 1,234.5 and Nov 26, 2026,
// 07:00: a month's name, never 11/26/2026), times on the city's clock.
"use strict";
window.wasteFormat = (function () {
  const culture = document.body.dataset.culture || "vi-VN";
  const numbers = new Map();
  const month = culture.startsWith("vi") ? "2-digit" : "short";
  const dateTime = new Intl.DateTimeFormat(culture, {
    timeZone: "UTC", day: "2-digit", month, year: "numeric", hour: "2-digit", minute: "2-digit", hour12: false,
  });
  const timeOfDay = new Intl.DateTimeFormat(culture, { timeZone: "UTC", hour: "2-digit", minute: "2-digit", hour12: false });
  const dayAndTime = new Intl.DateTimeFormat(culture, { timeZone: "UTC", day: "2-digit", month, hour: "2-digit", minute: "2-digit", hour12: false });
  const date = new Intl.DateTimeFormat(culture, { timeZone: "UTC", day: "2-digit", month, year: "numeric" });
  const weekdayAndTime = new Intl.DateTimeFormat(culture, {
    timeZone: "UTC", weekday: "short", day: "2-digit", month, hour: "2-digit", minute: "2-digit", hour12: false,
  });
  const weekdayAndDay = new Intl.DateTimeFormat(culture, { timeZone: "UTC", weekday: "long", day: "2-digit", month });

  const decimals = new Intl.NumberFormat(culture, { maximumFractionDigits: 2 });

  // A measure as people write it: up to two decimals, none when whole (98, 3,4, 0,25).
  function decimal(value) {
    return value === null || value === undefined ? "–" : decimals.format(value);
  }

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

  // The city's day and time of an ISO instant without the year, for tables of the coming days (28/11 06:14).
  function soon(iso, utcOffsetMinutes) {
    if (!iso) return "–";
    return dayAndTime.format(new Date(Date.parse(iso) + utcOffsetMinutes * 60000));
  }

  // The city's calendar day of an ISO instant (28/11/2026).
  function dayOf(iso, utcOffsetMinutes) {
    if (!iso) return "–";
    return date.format(new Date(Date.parse(iso) + utcOffsetMinutes * 60000));
  }

  // The city's time of day of an ISO instant (06:14).
  function clock(iso, utcOffsetMinutes) {
    if (!iso) return "–";
    return timeOfDay.format(new Date(Date.parse(iso) + utcOffsetMinutes * 60000));
  }

  // A calendar day given as yyyy-MM-dd, in the page's language (26/11/2026).
  function day(isoDay) {
    return isoDay ? date.format(new Date(isoDay + "T00:00:00Z")) : "–";
  }

  // The city's weekday, day and time of an ISO instant, for the coming days (Tue, Dec 01, 14:00; 14:00 Thứ 3, 01/12).
  function weekdayTime(iso, utcOffsetMinutes) {
    if (!iso) return "–";
    return weekdayAndTime.format(new Date(Date.parse(iso) + utcOffsetMinutes * 60000));
  }

  // A calendar day given as yyyy-MM-dd with its weekday (Thursday, Dec 03; Thứ Năm, 03/12).
  function weekday(isoDay) {
    return isoDay ? weekdayAndDay.format(new Date(isoDay + "T00:00:00Z")) : "–";
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

  // An element with attributes (className, dataset members as data-*, others as properties) and children (text or nodes).
  function el(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name === "dataset") Object.assign(element.dataset, value);
      else if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
      else element[name] = value;
    }
    for (const child of children.flat()) {
      if (child !== undefined && child !== null && child !== false) element.append(child);
    }
    return element;
  }

  return { number, decimal, time, soon, dayOf, clock, day, weekdayTime, weekday, text, cell, el, culture };
})();
