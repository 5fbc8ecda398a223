import { Workbox } from 'workbox-window'

/**
 * Registers the service worker in the built app (a development server has none): it keeps what a roadshow story
 * needs, so a story once opened plays on offline. Registered by the player only: the map itself needs no offline
 * copy, and every first visit would otherwise download the whole app's code once more for the precache.
 */
export function registerServiceWorker() {
  // Offline, the installed worker already serves the page; registering again would only fail to check for updates.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !navigator.onLine) return
  void new Workbox('/sw.js').register().catch(() => undefined)
}
