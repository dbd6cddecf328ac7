// The web worker of "Start from your code" (src/bin/depfiles_worker.rs):
// loads Trunk's no-modules glue and the worker's WebAssembly, both from this
// site. Started by the page only when the user opens that feature.
importScripts('./depfiles-worker.js');
wasm_bindgen('./depfiles-worker_bg.wasm');
