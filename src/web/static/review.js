// Keyboard shortcuts for the review queue (external file: the CSP forbids inline scripts).
// j/k move between suggestions, a accepts, r rejects, c focuses the correction field.
(function () {
  "use strict";
  const items = Array.from(document.querySelectorAll(".suggestion"));
  let current = 0;
  function select(i) {
    if (!items.length) return;
    current = Math.max(0, Math.min(items.length - 1, i));
    items.forEach((el, k) => el.classList.toggle("current", k === current));
    items[current].focus();
  }
  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const tag = (e.target && e.target.tagName) || "";
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") return;
    const item = items[current];
    if (e.key === "j") select(current + 1);
    else if (e.key === "k") select(current - 1);
    else if (item && e.key === "a") item.querySelector('[data-action="accept"]').click();
    else if (item && e.key === "r") item.querySelector('[data-action="reject"]').click();
    else if (item && e.key === "c") { e.preventDefault(); item.querySelector("input[name=value]").focus(); }
  });
  select(0);
})();
