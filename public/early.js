// First answers before the app (src/bin/early_scoring.rs): on a first
// visit the questionnaire is on screen, rendered at build time, well before
// the app's WebAssembly has arrived. This script loads the small scoring
// module (engine and knowledge only) and, on every change to the form
// (an answer, an importance, "Skip this question", "Clear all answers"),
// puts the scored result into the page: the same markup the app renders
// from the same functions (src/result_html.rs), so nothing moves when the
// app takes over.
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
  var $ = function (selector) { var a = app(); return a && a.querySelector(selector); };

  // The form as a prefill query: question=option for every checked
  // option, importance.question=level for every level changed.
  function pairs() {
    var out = [];
    var a = app();
    if (!a) return '';
    a.querySelectorAll('fieldset.question input[type=radio]:checked').forEach(function (input) {
      out.push(input.name + '=' + input.value);
    });
    a.querySelectorAll('fieldset.question select[id$="-importance"]').forEach(function (select) {
      if (select.value !== 'normal') out.push('importance.' + select.id.slice(0, -'-importance'.length) + '=' + select.value);
    });
    return out.join('&');
  }

  function html(selector, value) {
    var el = $(selector);
    if (el && el.innerHTML !== value) el.innerHTML = value;
  }

  function text(selector, value) {
    var el = $(selector);
    if (el && el.textContent !== value) el.textContent = value;
  }

  // Marks chosen options and answered questions, as the app's cards do:
  // a question's "Skip this question" is enabled once it is answered.
  function marks() {
    var a = app();
    if (!a) return;
    a.querySelectorAll('fieldset.question').forEach(function (set) {
      var any = false;
      set.querySelectorAll('label.option').forEach(function (label) {
        var input = label.querySelector('input');
        var on = Boolean(input && input.checked);
        label.classList.toggle('selected', on);
        any = any || on;
      });
      set.classList.toggle('answered', any);
      var skip = set.querySelector('.q-tools button');
      if (skip) skip.disabled = !any;
    });
  }

  // Unanswers the questions in `scope`, and, with `menus`, puts their
  // importance back to normal: what "Skip this question" and "Clear all
  // answers" do in the app (src/ui/questionnaire.rs).
  function unanswer(scope, menus) {
    scope.querySelectorAll('fieldset.question input[type=radio]:checked').forEach(function (input) { input.checked = false; });
    if (menus) scope.querySelectorAll('fieldset.question select[id$="-importance"]').forEach(function (select) { select.value = 'normal'; });
  }

  function show() {
    if (!ready || root.hasAttribute('data-live') || !app()) return;
    var r;
    try {
      r = wasm_bindgen.render(pairs());
      var box = $('.recommendation');
      if (box) box.setAttribute('data-recommendation', r.recommendation);
      // The "Why" tab says the list of points is coming (style/main.css).
      app().toggleAttribute('data-early-result', r.recommendation !== 'none');
      html('.recommendation', r.headline);
      html('.result-before', r.before);
      html('.scores', r.scores);
      html('.result-after', r.after);
      text('.scope-note', r.scope);
      text('.progress', r.progress);
      text('.advanced-progress', r.advanced_progress);
      text('.sticky-head', r.sticky_head);
      html('.sticky-more', r.sticky_scores);
      app().querySelectorAll('.fill[data-width]').forEach(function (fill) {
        fill.style.width = fill.getAttribute('data-width') + '%';
      });
      marks();
    } catch (e) {
      // The app will show the result when it loads.
      ready = false;
    } finally {
      if (r) r.free();
    }
  }

  document.addEventListener('change', function (event) {
    var a = app();
    if (root.hasAttribute('data-live') || !a || !a.contains(event.target)) return;
    marks();
    show();
  });

  // The questionnaire's own buttons work before the app has loaded too.
  // When the scoring module is not ready yet, the result stays as it is,
  // and the module scores the form as it then is. A tab chosen (in the tab
  // list or among the result's links) is opened by the app when it takes
  // over (src/ui/takeover.rs reads <html data-early-tab>): its panel needs
  // the app.
  document.addEventListener('click', function (event) {
    var a = app();
    if (root.hasAttribute('data-live') || !a || !(event.target instanceof Element)) return;
    var button = event.target.closest('button');
    if (!button || button.disabled || !a.contains(button)) return;
    var tab = button.getAttribute('role') === 'tab' ? button.id.replace(/^tab-/, '') : button.getAttribute('data-tab');
    if (tab) {
      root.setAttribute('data-early-tab', tab);
      return;
    }
    if (button.id === 'clear-answers') unanswer(a, true);
    else if (button.parentElement && button.parentElement.classList.contains('q-tools')) {
      var set = button.closest('fieldset.question');
      unanswer(set, false);
      // The button is disabled now: the focus, if it had it, goes to the
      // importance menu beside it, as in the app.
      var menu = set.querySelector('select');
      if (document.activeElement === button && menu) menu.focus({ preventScroll: true });
    } else return;
    marks();
    show();
  });

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

  // Puts the answers of a prefill query (src/prefill.rs, query) into the
  // form: every option and importance menu is set, so that the form holds
  // these answers and nothing the browser restored.
  function fill(query) {
    var a = app();
    var chosen = {};
    var levels = {};
    query.split('&').forEach(function (pair) {
      var at = pair.indexOf('=');
      if (at < 0) return;
      var name = pair.slice(0, at);
      if (name.indexOf('importance.') === 0) levels[name.slice('importance.'.length)] = pair.slice(at + 1);
      else chosen[name] = pair.slice(at + 1);
    });
    a.querySelectorAll('fieldset.question input[type=radio]').forEach(function (input) {
      input.checked = chosen[input.name] === input.value;
    });
    a.querySelectorAll('fieldset.question select[id$="-importance"]').forEach(function (select) {
      select.value = levels[select.id.slice(0, -'-importance'.length)] || 'normal';
    });
  }

  // A team link: its tab is opened and its panel (src/team_html.rs) put
  // in, as the app first shows them, the tab scrolled into the strip as the
  // app does (src/ui/tabs.rs); the app opens the same tab when it takes
  // over (<html data-early-tab>, src/ui/takeover.rs). The panel's form and
  // buttons need the app: they are inert until it replaces them, so that
  // nothing typed or ticked there is lost. False when the page has no such
  // panel (the visit is then left to the app).
  function openTeam(a, panelHtml) {
    var panel = a.querySelector('#panel-team');
    var strip = a.querySelector('.tablist');
    if (!panel || !strip) return false;
    strip.querySelectorAll('[role=tab]').forEach(function (tab) {
      var on = tab.id === 'tab-team';
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      tab.classList.toggle('active', on);
    });
    a.querySelectorAll('.tabpanel').forEach(function (p) { p.hidden = p !== panel; });
    panel.innerHTML = panelHtml;
    panel.querySelectorAll('button, textarea, input').forEach(function (el) { el.inert = true; });
    root.setAttribute('data-early-tab', 'team');
    // In the next frame, once the page is shown and laid out as drawn; at
    // once rather than smoothly (the strip's style), as the page appears.
    requestAnimationFrame(function () {
      var tab = strip.querySelector('#tab-team').getBoundingClientRect();
      var box = strip.getBoundingClientRect();
      var by = tab.left < box.left ? tab.left - box.left - 24 : tab.right > box.right ? tab.right - box.right + 24 : 0;
      if (by) strip.scrollTo({ left: strip.scrollLeft + Math.round(by), behavior: 'instant' });
    });
    return true;
  }

  // A visit that restores work or opens a link: shown here when the module
  // can show it as the app will, else left hidden for the app.
  function visit() {
    var a = app();
    var notices = a && a.querySelector('.notices');
    if (!a || !notices || root.hasAttribute('data-live')) return;
    var v;
    try {
      var query = JSON.stringify(Array.from(new URLSearchParams(location.search)));
      var kept = '';
      try { kept = sessionStorage.getItem('dfa.link-origin') || ''; } catch (e) { /* blocked: none kept */ }
      v = wasm_bindgen.open_visit(stored(), query, location.hash.slice(1), Date.now(), kept);
      if (!v.shown) return;
      // Before anything changes, so that a page without the team panel is
      // left to the app untouched.
      if (v.team && !openTeam(a, v.team)) return;
      fill(v.pairs);
      // None: the rendered (empty) container stays as the app renders it.
      if (v.notices) notices.innerHTML = v.notices;
      marks();
      show();
      // The app reads the form as the visit's answers (src/ui/takeover.rs).
      root.setAttribute('data-early-visit', '');
    } catch (e) {
      // The app will show the visit when it loads.
    } finally {
      if (v) v.free();
    }
  }

  // Answers given while the rest of the page was still being parsed; and
  // the advanced group opened if the user left it open (dfa.advanced,
  // src/ui/persist.rs), unless they have already toggled it.
  var toggled = false;
  document.addEventListener('toggle', function (event) { if (event.target && event.target.id === 'advanced') toggled = true; }, true);
  function parsed() {
    if (!restoring && pairs()) {
      marks();
      show();
    }
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
          if (restoring) {
            // Once the page is parsed (this script is async).
            if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', visit);
            else visit();
          } else if (pairs()) show();
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
