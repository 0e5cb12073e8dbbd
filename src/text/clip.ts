/**
 * Text cut to at most `max` characters, the last of them an ellipsis when anything was cut.
 * Characters are code points, so an emoji is never split in half; the space before the
 * ellipsis goes.
 */
export function clip(text: string, max: number): string {
  const chars = Array.from(text)
  if (chars.length <= max) return text
  const kept = chars.slice(0, Math.max(0, max - 1)).join('')
  return `${kept.trimEnd()}…`
}
