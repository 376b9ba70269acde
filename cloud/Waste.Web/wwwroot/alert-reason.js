// Why an alert was raised, in the page's language and on the city's clock, from its structured reason (GET /api/alerts
// gives each alert a `reason`: the rule, what was measured, the rule's limit, since when). Alerts raised before reasons
// were kept show their English detail. Used by the alert board and the device page (elements with data-reason).
"use strict";
window.wasteAlertReason = function (text, utcOffsetMinutes) {
  const f = window.wasteFormat;

  function code(reason, name) {
    const words = text["code." + name] || name;
    return fill(words, reason);
  }

  function fill(template, reason) {
    return template.replace(/\{(\w+)\}/g, (whole, name) => {
      switch (name) {
        case "since": return f.time(reason.since, utcOffsetMinutes);
        case "codes": return (reason.codes || []).map((c) => code(reason, c)).join(", ");
        case "other": return f.decimal(reason.otherValue);
        case "otherLimit": return f.decimal(reason.otherLimit);
        case "value": case "limit": case "count": case "window": return f.decimal(reason[name]);
        default: return whole;
      }
    });
  }

  // The sentence for an alert: its reason worded, or its detail when it has no reason.
  function describe(alert) {
    const reason = alert.reason;
    if (!reason) return alert.detail || "";
    const template = text["rule." + reason.rule];
    return template ? fill(template, reason) : alert.detail || reason.rule;
  }

  for (const element of document.querySelectorAll("[data-reason]")) {
    element.textContent = describe(JSON.parse(element.dataset.reason));
  }
  return describe;
};

// A page that only lists reasons (the device page) has them worded as it loads, on the clock its table names.
(function () {
  const table = document.querySelector("[data-reason-offset]");
  if (table) window.wasteAlertReason(window.wasteFormat.text(), Number(table.dataset.reasonOffset));
})();
