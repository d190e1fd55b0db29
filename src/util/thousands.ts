/** A count as people read it in a message: 1,115. en-US, so a message reads the same on every runner. */
export function thousands(value: number): string {
  return value.toLocaleString('en-US')
}
