// The report form: fetches a proof-of-work challenge and solves it in a worker while the citizen fills the form in,
// then sends the form with the answer; on success the reporter's link opens (their report's state).
"use strict";
(function () {
  const section = document.getElementById("report");
  if (!section) return;
  const code = section.dataset.code;
  const form = document.getElementById("report-form");
  const status = document.getElementById("report-status");
  const send = document.getElementById("send");
  const text = JSON.parse(document.getElementById("text").textContent);
  let proof = null;

  function solve() {
    proof = (async () => {
      const response = await fetch("/api/public/challenge?code=" + encodeURIComponent(code), { headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error(text.failed + " " + response.status);
      const { challenge, bits } = await response.json();
      const nonce = await new Promise((resolve, reject) => {
        const worker = new Worker("/assets/pow-worker.js");
        worker.onmessage = (event) => { worker.terminate(); resolve(event.data.nonce); };
        worker.onerror = (error) => { worker.terminate(); reject(error); };
        worker.postMessage({ challenge, bits });
      });
      return { challenge, nonce };
    })();
    proof.catch(() => { proof = null; });
  }

  async function problem(response) {
    try {
      const body = await response.json();
      return body.detail || body.title || String(response.status);
    } catch {
      return String(response.status);
    }
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!form.querySelector("input[name=category]:checked")) {
      status.textContent = text.choose;
      status.className = "error";
      return;
    }
    send.disabled = true;
    status.className = "muted";
    status.textContent = text.working;
    try {
      if (!proof) solve();
      const { challenge, nonce } = await proof;
      status.textContent = text.sending;
      const body = new FormData(form);
      body.append("code", code);
      body.append("challenge", challenge);
      body.append("nonce", nonce);
      const response = await fetch("/api/public/reports", { method: "POST", body, headers: { Accept: "application/json" } });
      if (response.status === 201) {
        window.location.assign((await response.json()).link);
        return;
      }
      status.className = "error";
      status.textContent = response.status === 429 ? text.tooMany : text.failed + " " + (await problem(response));
      // A challenge is taken once, used or not: the next try gets a new one.
      solve();
    } catch {
      status.className = "error";
      status.textContent = text.offline;
      proof = null;
    }
    send.disabled = false;
  });

  solve();
})();
