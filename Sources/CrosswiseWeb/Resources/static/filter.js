// Long checkbox lists (people, team members, clients) get a filter box, and the "Chosen" line
// above each list follows the ticks. Without JavaScript the list and the server-written line
// still work; this only saves scrolling. Matching folds case and accents ("Kozłowska" = "kozlowska").
"use strict";
(function () {
  // Letters Unicode does not decompose into a base letter and a mark, as the place search folds them.
  const plain = { "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h", "þ": "th" };
  const fold = (text) => text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/[łøđßæœıħþ]/g, (c) => plain[c]);
  document.querySelectorAll(".checks[data-filter]").forEach((list) => {
    const labels = Array.from(list.querySelectorAll("label"));
    const box = document.createElement("input");
    box.type = "search";
    box.className = "filter-box";
    box.placeholder = list.dataset.filter + "…";
    box.setAttribute("aria-label", list.dataset.filter);
    // Before the list's fieldset, not inside it: a group of same-named checkboxes should share
    // its fieldset with nothing else, so screen readers announce it as one group.
    (list.closest("fieldset") || list).before(box);
    const words = labels.map((label) => fold(label.textContent));
    box.addEventListener("input", () => {
      const wanted = fold(box.value).trim().split(/\s+/).filter(Boolean);
      labels.forEach((label, i) => { label.hidden = !wanted.every((w) => words[i].includes(w)); });
    });
    // Enter in the filter box must not submit the whole form.
    box.addEventListener("keydown", (event) => { if (event.key === "Enter") event.preventDefault(); });
    const chosen = document.getElementById(list.dataset.chosen);
    if (!chosen) return;
    list.addEventListener("change", () => {
      const names = labels.filter((label) => label.querySelector("input:checked")).map((label) => label.textContent.trim());
      chosen.textContent = names.length ? "Chosen (" + names.length + "): " + names.join(", ") : "None chosen yet.";
    });
  });
})();
