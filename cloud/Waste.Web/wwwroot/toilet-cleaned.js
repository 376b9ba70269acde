// "Cleaned now" on a toilet's maintenance page: recorded for the public page's "last cleaned".
"use strict";
(function () {
  const button = document.getElementById("cleaned");
  if (!button) return;
  button.addEventListener("click", async () => {
    button.disabled = true;
    const response = await fetch("/api/toilets/" + encodeURIComponent(button.dataset.device) + "/cleaned", { method: "POST" });
    if (response.ok) {
      button.textContent = button.dataset.done;
    } else {
      button.disabled = false;
      button.classList.add("failed");
    }
  });
})();
