// Service worker: makes the app work offline after the first visit.
//
// scripts/post-build.mjs fills in BUILD, PRECACHE and READER after every
// build: BUILD is a hash of every file the build produced, so each
// deployment gets its own cache; PRECACHE lists the files cached on install;
// READER lists the on-demand files (see ON_DEMAND). The page is served from
// the cache of the version that installed it, so it only ever references
// files of that same version. A new version installs in the background and
// waits; the page offers a reload instead of switching mid-assessment.
const BUILD = '__BUILD__';
const PRECACHE = ['__PRECACHE__'];
const READER = ['__READER__'];
const CACHE = `dfa-${BUILD}`;

/**
 * Header of the answer given when the network fails and nothing is cached
 * (see `unavailable`): public/depfiles-loader.js reads it to tell the user
 * they are offline rather than to try again.
 */
const OFFLINE_HEADER = 'x-advisor-offline';

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
  // Sent by the page once it is live and idle (src/ui/offline.rs).
  if (event.data === 'warm-reader') event.waitUntil(warmReader());
});

const ASSET = /\.(js|mjs|wasm|css)$/;
// Fetched only when the user opens "Start from your code" (the dependency
// file reader, a web worker), or when the page warms it once idle
// (`warmReader`): not precached, so the first answer never waits for it;
// cached here the first time it is fetched, so it then works offline.
// Must match `onDemand` in scripts/post-build.mjs.
const ON_DEMAND = /\/depfiles-[^/]*$/;

const isHtml = (response) => (response.headers.get('content-type') || '').includes('text/html');

/**
 * Keeps an on-demand file's response in this build's cache, unless it failed
 * or is a static host's HTML fallback for a missing file.
 */
async function keep(cache, request, response) {
  if (response.ok && !isHtml(response)) await cache.put(request, response.clone());
}

/**
 * Caches the reader's files (READER) that are not cached yet, so that "Start
 * from your code" works offline even if it was never opened online. A file
 * that cannot be fetched now is left for the next visit, or for when the user
 * opens the reader.
 */
async function warmReader() {
  const cache = await caches.open(CACHE);
  await Promise.all(READER.map(async (file) => {
    const request = new Request(new URL(file, self.registration.scope).href);
    if (await cache.match(request, { ignoreSearch: true })) return;
    try {
      await keep(cache, request, await fetch(request));
    } catch {
      // Offline, or the network failed: nothing to keep.
    }
  }));
}

/**
 * The answer when the network fails and nothing is cached: a response rather
 * than a rejected promise (which some browsers log as an error of their
 * own), saying plainly that the file is not available offline.
 */
function unavailable() {
  return new Response('Not available offline.', {
    status: 503,
    statusText: 'Service Unavailable',
    headers: { 'content-type': 'text/plain', [OFFLINE_HEADER]: '1' },
  });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.endsWith('/sw.js')) return;
  if (request.mode === 'navigate') {
    event.respondWith((async () => {
      const cache = await caches.open(CACHE);
      const page = await cache.match('./');
      if (page) return page;
      try {
        return await fetch(request);
      } catch {
        return unavailable();
      }
    })());
    return;
  }
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    let response;
    try {
      response = await fetch(request);
    } catch {
      return unavailable();
    }
    if (ON_DEMAND.test(url.pathname)) await keep(cache, request, response);
    // A static host's "single page" fallback answers missing files with
    // index.html; a script or the wasm must never be answered with HTML.
    if (ASSET.test(url.pathname) && isHtml(response)) {
      return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    }
    return response;
  })());
});
