/**
 * Run as its own process by the archive tests (`node --import tsx test/support/bomb-peak-rss.ts FILE [--understate]`):
 * opens a zip bomb as the Shapefile reader would and prints the refusal and the process's peak RSS, which a test's
 * own process (with other files' memory in it) cannot measure.
 */
import { readFileSync } from 'node:fs'
import { readShapefileZip } from '../../server/imports/shapefile-reader.js'
import { understated } from './zip-lies.js'

const [file, flag] = process.argv.slice(2)
const bytes = new Uint8Array(readFileSync(file!))
const archive = flag === '--understate' ? understated(bytes) : bytes
const started = Date.now()
let refusal = ''
try {
  await readShapefileZip(archive)
} catch (e) {
  refusal = (e as Error).message
}
// VmHWM is this program's own high-water mark; getrusage's maxRSS carries over the forking parent's across exec.
const status = readFileSync('/proc/self/status', 'utf8')
const peakKb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? process.resourceUsage().maxRSS)
const peakMb = Math.round(peakKb / 1024)
console.log(JSON.stringify({ refusal, peakMb, ms: Date.now() - started }))
