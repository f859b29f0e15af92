// The app's service worker: it keeps the app shell so that the app opens, and makes QR codes,
// with no network; and it shows the provider's Web Push messages as notifications that open
// the approval screen of their request.
//
// Caching: every static file below is stored on install and served from the cache first;
// each answer from the cache is refreshed in the background when the network is there, so
// the next start has the newer file. The provider's API (another origin) is never cached.
// Changing this list or VERSION makes a new worker that replaces the cache at activation.

const VERSION = "v1";
const CACHE = `eulogin-app-${VERSION}`;

// Every file the app needs offline (the routes of `mobile-app serve`).
const SHELL = [
  "/",
  "/app.css",
  "/app.js",
  "/api.js",
  "/camera.js",
  "/i18n.js",
  "/jws.js",
  "/notify.js",
  "/ocra.js",
  "/payload.js",
  "/poller.js",
  "/store.js",
  "/ui.js",
  "/config.json",
  "/manifest.webmanifest",
  "/messages/en.json",
  "/icons/icon.svg",
  "/icons/icon-192.png",
  "/icons/icon-512.png",
  "/vendor/jsQR.js",
  "/ecl/ecl-reset.css",
  "/ecl/ecl-eu.css",
  "/ecl/ecl-eu-utilities.css",
  "/ecl/icons.svg",
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(SHELL.map((path) => new Request(path, { cache: "reload" })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("eulogin-app-") && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

function refresh(cache, request, key) {
  return fetch(request, { cache: "no-cache" })
    .then((response) => {
      if (response.ok && response.type === "basic") return cache.put(key, response.clone()).then(() => response);
      return response;
    })
    .catch(() => null);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Every page of the app is the one page (`/?request=...` from a notification included).
  const key = request.mode === "navigate" ? "/" : url.pathname;
  if (request.mode !== "navigate" && !SHELL.includes(url.pathname)) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const cached = await cache.match(key);
      const fresh = refresh(cache, request.mode === "navigate" ? new Request("/") : request, key);
      if (cached) {
        event.waitUntil(fresh);
        return cached;
      }
      const response = await fresh;
      return response ?? Response.error();
    })(),
  );
});

async function catalogueTitle() {
  try {
    const cached = await caches.match("/messages/en.json");
    const messages = cached ? await cached.json() : {};
    return messages["notification-fallback-title"] || "";
  } catch {
    return "";
  }
}

self.addEventListener("push", (event) => {
  event.waitUntil(
    (async () => {
      let data = {};
      try {
        data = event.data ? event.data.json() : {};
      } catch {
        data = {};
      }
      const title = typeof data.title === "string" && data.title ? data.title : await catalogueTitle();
      const id = typeof data.id === "string" ? data.id : "";
      const device = typeof data.device_id === "string" ? data.device_id : "";
      await self.registration.showNotification(title, {
        tag: id ? `signin-${id}` : "signin",
        renotify: true,
        requireInteraction: true,
        icon: "/icons/icon-192.png",
        badge: "/icons/icon-192.png",
        data: { id, device_id: device },
      });
      // An open app learns of it at once (its long poll would too, a moment later).
      for (const client of await self.clients.matchAll({ type: "window", includeUncontrolled: true })) {
        client.postMessage({ type: "signin", id, device_id: device });
      }
    })(),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const { id = "", device_id: device = "" } = event.notification.data || {};
  const url = new URL("/", self.location.origin);
  if (id) {
    url.searchParams.set("request", id);
    if (device) url.searchParams.set("device", device);
  }
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const open = windows.find((c) => new URL(c.url).origin === self.location.origin);
      if (open) {
        open.postMessage({ type: "open-request", id, device_id: device });
        await open.focus();
        return;
      }
      await self.clients.openWindow(url.href);
    })(),
  );
});
