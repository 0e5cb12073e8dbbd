/** The action's entry point, as the runner starts it. */
import { run } from './main.js'

await run()
