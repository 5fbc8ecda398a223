/// <reference lib="webworker" />
/**
 * The service worker (Workbox, built by vite-plugin-pwa): the app shell precached, and what a story plays from kept
 * as it is fetched, so a story once opened (or prepared for offline) plays on when the venue's network fails.
 */
import { clientsClaim } from 'workbox-core'
import { ExpirationPlugin } from 'workbox-expiration'
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { NetworkFirst } from 'workbox-strategies'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] }

// The first visit's page is served at once: a story opened once must be kept, not only after a reload.
void self.skipWaiting()
clientsClaim()
precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()
// Every page is the one app: offline, any path opens the cached shell (never the API).
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }))

/** Tiles: the network first (the land changes), the cached copy offline. A tile never fetched is an empty tile
 * (204, as MapLibre reads it) rather than a failed request while the map flies over it. */
registerRoute(
  ({ url }) => url.pathname.startsWith('/api/tiles/'),
  new NetworkFirst({
    cacheName: 'atlas-tiles',
    networkTimeoutSeconds: 5,
    // The parcel tiles' address carries a stamp per page load: the cached tile is the same tile.
    matchOptions: { ignoreSearch: true },
    plugins: [
      new ExpirationPlugin({ maxEntries: 8000 }),
      { handlerDidError: async () => new Response(null, { status: 204 }) },
    ],
  }),
)

/** The public map's small layers, the session and the stories: network first, the last answer offline. */
const OFFLINE_API = /^\/api\/(config|regions|parks|infrastructure|buildings|blocks|auth\/session|stories)(\/|$|\?)/
registerRoute(
  ({ url, request }) => request.method === 'GET' && OFFLINE_API.test(url.pathname),
  new NetworkFirst({ cacheName: 'atlas-api', networkTimeoutSeconds: 5 }),
)
