/**
 * For each of the ID numbers, the index of the last one equal to it; null when no two are equal.
 * Each is hashed into a table of counts first, and only those that share a bucket are compared
 * as strings: a Map of every one of 100,000 ID numbers costs several times as much.
 */
export function lastWithSameId(ids: readonly string[]): ((index: number) => number) | null {
  let size = 1 << 12;
  while (size < ids.length * 16) size *= 2;
  // 0: no ID number in the bucket, 1: one, 2: more.
  const counts = new Uint8Array(size);
  const buckets = new Int32Array(ids.length);
  let shared = false;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    let h = 0x811c9dc5;
    for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 0x01000193);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    const bucket = (h ^ (h >>> 16)) & (size - 1);
    buckets[i] = bucket;
    if (counts[bucket] === 0) counts[bucket] = 1;
    else {
      counts[bucket] = 2;
      shared = true;
    }
  }
  if (!shared) return null;
  const last = new Map<string, number>();
  let repeated = false;
  for (let i = 0; i < ids.length; i++) {
    if (counts[buckets[i]!] !== 2) continue;
    const known = last.size;
    if (last.set(ids[i]!, i).size === known) repeated = true;
  }
  if (!repeated) return null;
  return (index) => (counts[buckets[index]!] === 2 ? last.get(ids[index]!)! : index);
}
