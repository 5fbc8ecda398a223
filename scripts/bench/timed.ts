/** How long `run` took, in milliseconds, with its result. */
export async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now()
  const result = await run()
  return [performance.now() - started, result]
}
