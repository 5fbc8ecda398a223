/** A copy of the archive with every entry's size understated (local headers and central directory), as a bomb would lie. */
export function understated(zip: Uint8Array): Uint8Array {
  const out = zip.slice()
  const view = new DataView(out.buffer)
  for (let at = 0; at + 4 < out.length; at++) {
    const signature = view.getUint32(at, true)
    if (signature === 0x04034b50) view.setUint32(at + 22, 1000, true)
    if (signature === 0x02014b50) view.setUint32(at + 24, 1000, true)
  }
  return out
}
