/**
 * The key a reader knows a project or task by, or none. Keys people type and say aloud (ATL, WEB-1)
 * are shown; a bare number is a tracker's own id (an Asana gid has no other key) that tells a reader
 * nothing, so the name stands alone.
 * @example readableKey('WEB-1') // 'WEB-1'
 * @example readableKey('1208000000000007') // undefined
 */
export function readableKey(key: string | undefined): string | undefined {
  return key === undefined || /^\d+$/.test(key) ? undefined : key;
}

/**
 * A line's label: "KEY name" when the key is readable, the name alone otherwise.
 * @example keyedName('WEB-1', 'Spring launch') // 'WEB-1 Spring launch'
 * @example keyedName('1208000000000007', 'Brand campaigns EMEA') // 'Brand campaigns EMEA'
 */
export function keyedName(key: string | undefined, name: string): string {
  const readable = readableKey(key);
  return readable === undefined ? name : `${readable} ${name}`;
}
