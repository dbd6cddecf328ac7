// Runs before the first paint (a blocking script, first in <head>):
// 1. applies the colour scheme chosen with the theme switch ("light" or
//    "dark" under the localStorage key dfa.theme), so the page never
//    flashes in the other scheme; anything else follows the system;
// 2. marks <html data-restoring> when the visit restores work: a link with
//    answers (a query or a fragment) or work saved in localStorage (any
//    dfa. key but the two preferences and an autosave of no answers). The
//    page rendered at build time shows no answers, so it stays hidden
//    (style/main.css) until the small scoring module has put them in
//    (early.js, <html data-early-visit>) or, when it leaves the visit to the
//    app, until the app has, rather than showing an empty form that then
//    changes;
// 3. preloads the small module that answers the first questions before the
//    app has loaded (early-scoring), or for such a visit the one that also
//    shows it (early-visit; early-team for a team link, which also writes
//    the Team tab's panel), names it in window.advisorEarlyModule for
//    early.js, and creates window.advisorEarly, the promise the app's
//    loader awaits.
(function () {
  var root = document.documentElement;
  var restoring = location.search.length > 1 || location.hash.length > 1;
  try {
    var theme = localStorage.getItem('dfa.theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
    for (var i = 0; i < localStorage.length && !restoring; i++) {
      var key = localStorage.key(i);
      if (!key || key.indexOf('dfa.') !== 0 || key === 'dfa.theme' || key === 'dfa.advanced') continue;
      // The autosave of no answers (src/codec/profile.rs, current_to_json)
      // restores nothing; anything else, unreadable included, is left to
      // the app.
      var value = key === 'dfa.current' ? localStorage.getItem(key) || '' : '';
      if (/"id":""/.test(value) && /"answers":\{\}/.test(value) && /"importance":\{\}/.test(value)) continue;
      restoring = true;
    }
  } catch (e) {
    // Storage blocked: follow the system; nothing saved can be restored.
  }
  if (restoring) root.setAttribute('data-restoring', '');
  // On a first visit, after the stylesheet, which the first paint waits for
  // (low priority); a visit that restores work shows nothing before it.
  var preload = function (href, as, crossOrigin) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = as;
    if (crossOrigin) link.crossOrigin = 'anonymous';
    link.fetchPriority = restoring ? 'high' : 'low';
    link.href = href;
    document.head.appendChild(link);
  };
  // The module that also reads the visit (its codecs double the size) only
  // for a visit that restores work; with the team code only for a team link
  // (src/codec/share.rs, TEAM_PREFIX).
  var module = !restoring ? 'early-scoring' : location.hash.indexOf('#team.') === 0 ? 'early-team' : 'early-visit';
  window.advisorEarlyModule = module;
  preload(module + '.js', 'script', false);
  preload(module + '_bg.wasm', 'fetch', true);
  // What the app's loader awaits: settled by early.js once the module is
  // ready or has failed, or here if one of its scripts fails to load.
  window.advisorEarly = new Promise(function (resolve) { window.advisorEarlySettle = resolve; });
  window.addEventListener('error', function (event) {
    var src = event.target && event.target.src;
    if (src && /\/early\.js$/.test(src)) window.advisorEarlySettle();
  }, true);
})();
