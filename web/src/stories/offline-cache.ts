/** The service worker's caches, measured: what a story prepared for offline takes on this device. */
export async function cachedBytes(): Promise<number> {
  if (!('caches' in window)) return 0
  let total = 0
  for (const name of await caches.keys()) {
    const cache = await caches.open(name)
    for (const request of await cache.keys()) {
      const response = await cache.match(request)
      if (response) total += (await response.blob()).size
    }
  }
  return total
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** Resolves once a service worker controls the page, so what is fetched next is kept (at most `ms` later). */
export async function serviceWorkerReady(ms = 30_000): Promise<boolean> {
  if (!('serviceWorker' in navigator)) return false
  if (navigator.serviceWorker.controller) return true
  return Promise.race([
    new Promise<boolean>((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true), { once: true }),
    ),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ])
}

/** The answers kept for offline play (the service worker's `atlas-api` cache, see web/src/sw.ts) may hold an internal
 * story: signing out forgets them, so the next person at this browser cannot replay them offline. */
export async function forgetOfflineAnswers() {
  if ('caches' in window) await caches.delete('atlas-api').catch(() => false)
}
