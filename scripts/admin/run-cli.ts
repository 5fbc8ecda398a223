/** Command-line tools print a one-line reason and exit 1 on failure, never a stack trace for a known problem. */
export async function runCli(main: () => Promise<void>) {
  try {
    await main()
  } catch (error) {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  }
}
