import { loadConfig } from './config.js'
import { startServer } from './start-server.js'

try {
  const running = await startServer(loadConfig())
  let stopping = false
  const shutdown = async (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`${signal}: closing the database…`)
    await running.stop()
    process.exit(0)
  }
  process.on('SIGINT', () => void shutdown('SIGINT'))
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
} catch (error) {
  console.error(`Could not start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
