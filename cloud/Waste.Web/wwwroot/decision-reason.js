// Why a bin is in a day's plan or waits, in the page's language and on the city's clock, from the plan's decision
// for it (GET /api/plans/{depot}/{day} gives each bin a verdict, the rule that decided and the rule's figures). The
// sentence is the rule's as one policy words it (its weekly schedule, not every other day), else as one verdict does
// (taken along when a truck passes by; waiting when none does), else the rule's own; a due time the sentence does not
// say is added after it. {line} is the fill the policy keeps bins under: the anticipatory policy's due line, else the
// collection threshold.
"use strict";
window.wasteDecisionReason = function (text, options) {
  // options: { utcOffsetMinutes, thresholdPercent, duePercent }
  const f = window.wasteFormat;

  function template(decision, policy) {
    return text["why." + decision.rule + "." + policy] || text["why." + decision.verdict + "." + decision.rule] ||
      text["why." + decision.rule] || decision.rule;
  }

  // The sentence for a decision of a plan made with policy.
  return function describe(decision, policy) {
    const line = policy === "Anticipatory" ? options.duePercent : options.thresholdPercent;
    let words = template(decision, policy);
    if (decision.dueAt && !words.includes("{due}")) words += text["why.dueAt"];
    return words.replace(/\{(\w+)\}/g, (whole, name) => {
      switch (name) {
        case "due": return f.weekdayTime(decision.dueAt, options.utcOffsetMinutes);
        case "day": return f.weekday(decision.plannedFor);
        case "line": return f.decimal(line);
        case "threshold": return f.decimal(options.thresholdPercent);
        default: return whole;
      }
    });
  };
};
