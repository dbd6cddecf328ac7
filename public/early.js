// First answers before the app (src/bin/early_scoring.rs): on a first
// visit the questionnaire is on screen, rendered at build time, well before
// the app's WebAssembly has arrived. This script only loads the small
// scoring module (engine, knowledge and the first screen's code) and hands
// it every change and click on the page: the module reads and marks the
// form, does "Skip this question" and "Clear all answers", and puts the
// scored result into the page, with the library's code for the first
// screen (src/first_screen.rs: the class names the app's views render, and
// the result's markup, src/result_html.rs), so nothing moves when the app
// takes over. What happens before the module is ready is replayed, in
// order, once it is.
//
// A visit that restores work or opens a link (theme.js marks it with
// <html data-restoring>, which keeps the page hidden) is read by the module
// as the app will read it (src/visit.rs, on a copy of the dfa. entries of
// localStorage): its answers are put into the form, its notices (the
// preview banner, a prefill link's skipped parameters, who a team link
// added) above it, a team link's Team tab opened with its panel, and the
// page is shown, scored (<html data-early-visit>). A visit with anything
// else to say (an unreadable record, a bad link) is left to the app. It
// stands aside once the app has mounted (<html data-live>).
//
// Loaded with `async`; once the questions have been painted it adds the
// module's glue (early-scoring.js, or early-visit.js for a visit that
// restores work: window.advisorEarlyModule) and compiles the module. theme.js creates
// window.advisorEarly, the promise the app's loader awaits before it
// fetches the app (so that this module is not slowed by the larger
// download); it is settled here once the module is ready or has failed.
(function () {
  'use strict';
  var root = document.documentElement;
  var settle = window.advisorEarlySettle || function () {};
  var restoring = root.hasAttribute('data-restoring');
  var ready = false;
  var app = function () { return document.getElementById('app'); };
  // Events on the page before the module was ready, replayed in order once
  // it is: [type, target, value] (the control's value then). Until then
  // the browser shows a chosen option itself (style/main.css marks it);
  // "Skip this question" is enabled by the module, and a "Clear all
  // answers" pressed before it was ready is not done later (see the
  // module's `clicked`).
  var queued = [];

  // Every change and click on the first screen goes to the module
  // (src/bin/early_parts/render.rs), which reads and marks the form, skips
  // and clears, writes the result, and keeps a tab chosen for the app; all
  // with the library's code for the first screen (src/first_screen.rs).
  function hand(type, target, value, replayed) {
    if (type === 'change') wasm_bindgen.changed(target, value);
    else wasm_bindgen.clicked(target, replayed);
  }
  function heard(event) {
    var a = app();
    if (root.hasAttribute('data-live') || !a || !(event.target instanceof Element) || !a.contains(event.target)) return;
    if (ready) {
      try { hand(event.type, event.target, undefined, false); } catch (e) { ready = false; }
    } else {
      queued.push([event.type, event.target, event.type === 'change' ? event.target.value : undefined]);
    }
  }
  document.addEventListener('change', heard);
  document.addEventListener('click', heard);
  function replay() {
    var events = queued;
    queued = [];
    events.forEach(function (e) { hand(e[0], e[1], e[2], true); });
  }

  // The dfa. entries of localStorage as JSON [[key, value], ...], or
  // null when storage cannot be read.
  function stored() {
    try {
      var out = [];
      for (var i = 0; i < localStorage.length; i++) {
        var key = localStorage.key(i);
        if (key && key.indexOf('dfa.') === 0) out.push([key, localStorage.getItem(key)]);
      }
      return JSON.stringify(out);
    } catch (e) {
      return 'null';
    }
  }

  // A visit that restores work or opens a link: shown here when the module
  // can show it as the app will, else left hidden for the app.
  function visit() {
    if (!app() || root.hasAttribute('data-live')) return;
    var v;
    try {
      var query = JSON.stringify(Array.from(new URLSearchParams(location.search)));
      var kept = '';
      try { kept = sessionStorage.getItem('dfa.link-origin') || ''; } catch (e) { /* blocked: none kept */ }
      v = wasm_bindgen.open_visit(stored(), query, location.hash.slice(1), Date.now(), kept);
      // Its answers into the form, scored, its notices, a team link's tab
      // (src/bin/early_parts/visit.rs, show_visit).
      wasm_bindgen.show_visit(v);
    } catch (e) {
      // The app will show the visit when it loads.
    } finally {
      if (v) v.free();
    }
  }

  // The advanced group opened if the user left it open (dfa.advanced,
  // src/ui/persist.rs), unless they have already toggled it.
  var toggled = false;
  document.addEventListener('toggle', function (event) { if (event.target && event.target.id === 'advanced') toggled = true; }, true);
  function parsed() {
    var group = document.getElementById('advanced');
    try {
      if (group && !toggled && localStorage.getItem('dfa.advanced') === 'open') group.open = true;
    } catch (e) { /* Storage blocked: the group stays closed. */ }
  }
  // This script is async: the page may be parsed already.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', parsed);
  else parsed();

  // Loads the module's glue and compiles the module, once: the first paint
  // (the questions) comes first. theme.js has preloaded both files.
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var module = window.advisorEarlyModule || 'early-scoring';
    var glue = document.createElement('script');
    glue.src = module + '.js';
    glue.onload = function () {
      wasm_bindgen({ module_or_path: module + '_bg.wasm' }).then(
        function () {
          // The app must never wait on a failure here.
          ready = true;
          try {
            if (restoring) {
              // Once the page is parsed (this script is async).
              if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', visit);
              else visit();
            } else {
              // Answers given before the module was ready: the form as it
              // is, then the clicks and changes in order.
              wasm_bindgen.score();
              replay();
            }
          } catch (e) {
            // The app will show the result when it loads.
            ready = false;
          }
          settle();
        },
        function () { settle(); /* The app will score the answers when it loads. */ }
      );
    };
    glue.onerror = settle;
    document.head.appendChild(glue);
  }
  // Once the first contentful paint has been reported (the questions are
  // on screen); in a tab in the background, which paints nothing, at once;
  // where Paint Timing is missing, at the load event.
  // A visit that restores work is hidden until then: at once.
  if (restoring || document.visibilityState === 'hidden') {
    start();
  } else {
    try {
      new PerformanceObserver(function (list, observer) {
        if (list.getEntriesByName('first-contentful-paint').length) {
          observer.disconnect();
          setTimeout(start, 0);
        }
      }).observe({ type: 'paint', buffered: true });
    } catch (e) {
      window.addEventListener('load', start);
    }
    document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') start(); });
  }
})();
