// Service worker: makes the app work offline after the first visit.
//
// scripts/post-build.mjs fills in BUILD and PRECACHE after every build:
// BUILD is a hash of every file the build produced, so each deployment gets
// its own cache; PRECACHE lists those files. The page is served from the
// cache of the version that installed it, so it only ever references files
// of that same version. A new version installs in the background and waits;
// the page offers a reload instead of switching mid-assessment.
const BUILD = '__BUILD__';
const PRECACHE = ['__PRECACHE__'];
const CACHE = `dfa-${BUILD}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('dfa-') && n !== CACHE).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

const ASSET = /\.(js|mjs|wasm|css)$/;
// Fetched only when the user opens "Start from your code" (the dependency
// file reader, a web worker): not precached, so a first visit never pays for
// it; cached here the first time it is fetched, so it then works offline.
// Must match `onDemand` in scripts/post-build.mjs.
const ON_DEMAND = /\/depfiles-[^/]*$/;

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.endsWith('/sw.js')) return;
  if (request.mode === 'navigate') {
    event.respondWith((async () => {
      const cache = await caches.open(CACHE);
      return (await cache.match('./')) || fetch(request);
    })());
    return;
  }
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    const response = await fetch(request);
    if (ON_DEMAND.test(url.pathname) && response.ok && !(response.headers.get('content-type') || '').includes('text/html')) {
      await cache.put(request, response.clone());
    }
    // A static host's "single page" fallback answers missing files with
    // index.html; a script or the wasm must never be answered with HTML.
    if (ASSET.test(url.pathname) && (response.headers.get('content-type') || '').includes('text/html')) {
      return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    }
    return response;
  })());
});
