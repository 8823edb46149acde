// The place picker on the profile page: the browser's own zone offered first, matches as you
// type, and a choice fills the zone, country and region fields. Without this script the page
// still works: "Find" lists matches as radio buttons and the zone select is grouped by continent.
(function () {
  "use strict";
  var form = document.querySelector("form.place-search");
  var input = document.getElementById("f-place");
  var results = document.getElementById("place-results");
  var zone = document.getElementById("f-time_zone");
  var country = document.getElementById("f-country");
  var region = document.getElementById("f-subdivision");
  if (!form || !input || !results || !zone || !country || !region) { return; }
  var url = form.getAttribute("data-places");
  var timer = null;
  var latest = 0;

  function line(text, className) {
    var p = document.createElement("p");
    p.className = className;
    p.textContent = text;
    return p;
  }

  function choose(place) {
    var known = Array.prototype.some.call(zone.options, function (option) { return option.value === place.zone; });
    if (!known) { zone.add(new Option(place.zone, place.zone)); }
    zone.value = place.zone;
    country.value = place.country;
    region.value = place.subdivision;
    // A list from a search without the script would override the fields; this choice replaces it.
    var none = document.getElementById("place-none");
    if (none) { none.checked = true; }
    input.value = place.name;
    results.textContent = "";
    results.appendChild(line("Chosen: " + place.label + " (" + place.zone + "). Save your profile to keep it.", "place-chosen"));
  }

  function show(places, heading) {
    results.textContent = "";
    if (places.length === 0) {
      results.appendChild(line("No city of 50,000 people or more matches. Try another spelling, or pick the zone below.", "hint"));
      return;
    }
    var list = document.createElement("ul");
    list.className = "place-list";
    places.forEach(function (place) {
      var item = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "secondary small";
      button.textContent = place.label + " · " + place.zone;
      button.addEventListener("click", function () { choose(place); });
      item.appendChild(button);
      list.appendChild(item);
    });
    results.appendChild(line(heading, "hint"));
    results.appendChild(list);
  }

  function search(params, heading) {
    var asked = ++latest;
    fetch(url + "?" + new URLSearchParams(params).toString(), { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (places) { if (asked === latest) { show(places, heading); } })
      .catch(function () {});
  }

  function offerOwnZone() {
    var own = "";
    try { own = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { own = ""; }
    if (own) { search({ zone: own }, "Your device's clock says " + own + ". Is it one of these?"); }
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    var text = input.value.trim().slice(0, 80);
    if (text === "") { offerOwnZone(); return; }
    timer = window.setTimeout(function () { search({ q: text }, "Choose your city:"); }, 150);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    search({ q: input.value.trim().slice(0, 80) }, "Choose your city:");
  });
  if (input.value.trim() === "") { offerOwnZone(); }

  var feed = document.getElementById("f-feed-url");
  if (feed) { feed.addEventListener("focus", function () { feed.select(); }); }
})();
