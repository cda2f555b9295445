// plan serve: follow changes to the plan on disk. The server names each changed plan over
// server-sent events (/events); the page then fetches itself again and swaps in the new body,
// keeping the scroll position. Served as a file so that the page's CSP can be script-src 'self'.
(function () {
  "use strict";
  var meta = document.querySelector('meta[name="plan-serve-watch"]');
  var watched = meta ? meta.getAttribute("content") : "*";
  var state = { updates: 0, connected: false };
  window.planServe = state;
  var busy = false;
  var again = false;

  function say(text) {
    var element = document.getElementById("plan-serve-status");
    if (element) { element.textContent = text; }
  }

  function refresh() {
    if (busy) { again = true; return; }
    busy = true;
    var x = window.scrollX;
    var y = window.scrollY;
    fetch(window.location.href, { cache: "no-store", headers: { "X-Plan-Serve": "uppdatera" } })
      .then(function (response) { return response.text(); })
      .then(function (text) {
        var fresh = new DOMParser().parseFromString(text, "text/html");
        document.head.querySelectorAll("style").forEach(function (node) { node.remove(); });
        fresh.head.querySelectorAll("style").forEach(function (node) {
          document.head.appendChild(document.adoptNode(node));
        });
        document.title = fresh.title;
        document.body.replaceWith(document.adoptNode(fresh.body));
        window.scrollTo(x, y);
        state.updates += 1;
        document.documentElement.setAttribute("data-plan-serve-updates", String(state.updates));
        say("Uppdaterad " + new Date().toLocaleTimeString("sv-SE"));
      })
      .catch(function () { say("Sidan kunde inte hämtas; försöker igen vid nästa ändring"); })
      .finally(function () {
        busy = false;
        if (again) { again = false; refresh(); }
      });
  }

  var source = new EventSource("/events");
  source.addEventListener("change", function (event) {
    var changed = JSON.parse(event.data).path;
    if (watched === "*" || changed === "*" || changed === watched) { refresh(); }
  });
  source.addEventListener("open", function () {
    state.connected = true;
    document.documentElement.setAttribute("data-plan-serve-connected", "1");
    say("Följer ändringar");
  });
  source.addEventListener("error", function () {
    state.connected = false;
    say("Kontakten med plan serve bröts; försöker igen …");
  });
  document.addEventListener("DOMContentLoaded", function () {
    say(state.connected ? "Följer ändringar" : "Ansluter …");
  });
})();
