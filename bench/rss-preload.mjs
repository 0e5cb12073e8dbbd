// Preloaded into a benchmarked run (NODE_OPTIONS=--import): records the process's peak memory.
import { writeFileSync } from 'node:fs'

process.on('exit', () => {
  const file = process.env.TECH_DESIGN_BENCH_RSS
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS)) // kilobytes
})
