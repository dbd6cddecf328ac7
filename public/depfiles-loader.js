// The web worker of "Start from your code" (src/bin/depfiles_worker.rs):
// loads Trunk's no-modules glue and the worker's WebAssembly, both from this
// site. Started by the page when the user opens that feature.
//
// When they cannot be loaded it says so to the page as a JSON reply,
// {"LoadFailed":{"network":true|false}} (Reply::LoadFailed in
// src/depfiles/mod.rs): `network` is true when a file could not be fetched
// at all (a network error, or the service worker's answer that the network
// failed and nothing is cached, marked with OFFLINE_HEADER in sw.js), so
// the page can say the user is offline rather than ask them to try again.
'use strict';

/** Must match OFFLINE_HEADER in sw.js. */
const OFFLINE_HEADER = 'x-advisor-offline';

/** An error saying whether it was the network that failed. */
function failure(message, network) {
  return Object.assign(new Error(message), { network });
}

/** Fetches `url`: its response when it is ok, else throws a {@link failure}. */
async function get(url) {
  let response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw failure(`${url}: ${e.message}`, true);
  }
  if (!response.ok) throw failure(`${url}: ${response.status}`, response.headers.has(OFFLINE_HEADER));
  return response;
}

(async () => {
  // Both files at once: the WebAssembly is fetched while the glue loads.
  const wasm = get('./depfiles-worker_bg.wasm');
  wasm.catch(() => {}); // reported below, once the glue has loaded
  try {
    importScripts('./depfiles-worker.js');
  } catch (e) {
    // importScripts says only "NetworkError", whatever went wrong: ask again
    // to tell a network failure from a missing file.
    await get('./depfiles-worker.js');
    throw failure(`./depfiles-worker.js: ${e.message}`, false);
  }
  // The object form: the glue warns that a bare path is deprecated.
  await wasm_bindgen({ module_or_path: wasm });
})().catch((e) => {
  const network = Boolean(e && e.network) || !navigator.onLine;
  postMessage(JSON.stringify({ LoadFailed: { network } }));
});
