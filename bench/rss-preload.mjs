// Preloaded into a benchmarked run (NODE_OPTIONS=--import): records the process's peak memory and
// the JavaScript files it loaded, so a run shows which bundle chunks its path needed.
import { writeFileSync } from 'node:fs'
import { registerHooks } from 'node:module'

const loaded = new Set()
// Synchronous in-thread hooks (Node 22.15+ / 23.5+): they see every module, chunks included.
registerHooks?.({
  load(url, context, nextLoad) {
    loaded.add(url)
    return nextLoad(url, context)
  },
})

process.on('exit', () => {
  const file = process.env.TECH_DESIGN_BENCH_RSS
  if (!file) return
  writeFileSync(
    file,
    JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, loaded: [...loaded] }),
  )
})
