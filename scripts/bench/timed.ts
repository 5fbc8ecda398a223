/** How long `run` took, in milliseconds, with its result. */
export async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now()
  const result = await run()
  return [performance.now() - started, result]
}

/** `runs` timings of `run`, in milliseconds, one after another. */
export async function samples(runs: number, run: () => Promise<unknown>): Promise<number[]> {
  const taken: number[] = []
  for (let i = 0; i < runs; i++) taken.push((await timed(run))[0])
  return taken
}

/** The p-th percentile (nearest rank) of the samples. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}
