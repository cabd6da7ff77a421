// paperboy dashboard: live refresh of the overview and delivery log (Server-Sent Events), the
// theme toggle's target, and Discord embed colours (CSP forbids inline styles, not CSSOM).
(function () {
  "use strict";
  var toggle = document.getElementById("theme-toggle");
  if (toggle && !document.documentElement.dataset.theme) {
    var dark = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
    toggle.href = toggle.href.replace(/theme=(dark|light)/, "theme=" + (dark ? "light" : "dark"));
  }
  document.querySelectorAll(".dc-embed[data-color]").forEach(function (el) {
    el.style.borderLeftColor = el.dataset.color;
  });
  if (!document.body.dataset.live || !window.EventSource) return;
  var live = document.getElementById("live");
  if (!live) return;
  var busy = false, again = false, timer = null;
  function refresh() {
    if (busy) { again = true; return; }
    busy = true;
    var u = new URL(window.location.href);
    u.searchParams.set("fragment", "1");
    fetch(u.toString(), { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.text(); })
      .then(function (html) { live.innerHTML = html; live.dataset.updated = String(Date.now()); })
      .catch(function () {})
      .then(function () { busy = false; if (again) { again = false; refresh(); } });
  }
  var es = new EventSource("/events");
  es.onopen = function () { document.body.classList.add("connected"); };
  es.onerror = function () { document.body.classList.remove("connected"); };
  es.onmessage = function () { // also on connect: nothing delivered since the render is missed
    clearTimeout(timer);
    timer = setTimeout(refresh, 250); // a burst of deliveries makes one refresh
  };
})();
