// Long checkbox lists (people, team members, clients) get a filter box, and the "Chosen" line
// above each list follows the ticks. Without JavaScript the list and the server-written line
// still work; this only saves scrolling. Matching folds case and accents ("Kozłowska" = "kozlowska").
"use strict";
// "Chosen (2): Ana Cruz, Ben Ito" for the ticked boxes of a list, as the server writes it.
function sayChosen(list, line) {
  const names = Array.from(list.querySelectorAll("label")).filter((l) => l.querySelector("input:checked")).map((l) => l.textContent.trim());
  line.textContent = names.length ? "Chosen (" + names.length + "): " + names.join(", ") : "None chosen yet.";
}
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
    list.addEventListener("change", () => sayChosen(list, chosen));
  });
})();

// The people finder of a large organization (templates/people-find): as you type, up to 20
// matches from the server replace the unticked names of the list it names (a checkbox list, or a
// select's "Colleagues" group); ticked names stay. Without the script, its Find button reloads
// the form with the same matches.
(function () {
  const input = document.querySelector("input[data-people-find]");
  if (!input) return;
  const target = document.getElementById(input.dataset.target);
  const hint = document.getElementById("who-hint");
  if (!target) return;
  let timer = null, latest = 0;
  const refill = (people) => {
    if (target.tagName === "SELECT") {
      let group = Array.from(target.querySelectorAll("optgroup")).find((g) => g.label === "Colleagues");
      if (!group) { group = document.createElement("optgroup"); group.label = "Colleagues"; target.appendChild(group); }
      Array.from(group.querySelectorAll("option")).forEach((option) => { if (!option.selected) option.remove(); });
      const kept = new Set(Array.from(group.querySelectorAll("option")).map((o) => o.value));
      people.forEach((p) => { if (!kept.has("person:" + p.id)) group.appendChild(new Option(p.label, "person:" + p.id)); });
      return;
    }
    target.querySelectorAll("label").forEach((label) => { if (!label.querySelector("input:checked")) label.remove(); });
    const kept = new Set(Array.from(target.querySelectorAll("input")).map((i) => i.value));
    people.forEach((p) => {
      if (kept.has(p.id)) return;
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox"; box.name = "person"; box.value = p.id;
      label.append(box, " " + p.label);
      target.appendChild(label);
    });
  };
  const search = () => {
    const query = input.value.trim(), ask = ++latest;
    if (!query) return;
    fetch(input.dataset.peopleFind + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((people) => {
        if (ask !== latest) return;
        refill(people);
        if (hint) hint.textContent = people.length ? people.length + " found for “" + query + "”." : "Nobody’s name starts with “" + query + "”.";
      })
      .catch(() => { if (hint) hint.textContent = "Search is not answering; press Find to search."; });
  };
  // The "Chosen" line above a checkbox list follows the ticks, names found later included.
  const chosen = document.getElementById(target.dataset.chosen || "");
  if (chosen && target.tagName !== "SELECT") {
    target.addEventListener("change", () => sayChosen(target, chosen));
  }
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(search, 200); });
  input.addEventListener("keydown", (event) => { if (event.key === "Enter") { event.preventDefault(); clearTimeout(timer); search(); } });
})();
