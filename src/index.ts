import { text } from './core/assettest.js'
console.log(text)
