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
 * A line's label: "KEY name" when the key is readable and says something the name does not, the name
 * alone otherwise (an Asana gid, or a Jira project whose only name Mops knows is its key).
 * @example keyedName('WEB-1', 'Spring launch') // 'WEB-1 Spring launch'
 * @example keyedName('1208000000000007', 'Brand campaigns EMEA') // 'Brand campaigns EMEA'
 * @example keyedName('WEB', 'WEB') // 'WEB'
 */
export function keyedName(key: string | undefined, name: string): string {
  const readable = readableKey(key);
  return readable === undefined || readable === name ? name : `${readable} ${name}`;
}

/**
 * What a link to a task says: its key where people know it by one, else `label` (a generic "Open" in
 * the reader's language), since an Asana task's only key is a 16-digit gid.
 * @example taskLinkText('BRD-12', 'Open') // 'BRD-12'
 * @example taskLinkText('1300000000000021', 'Otwórz') // 'Otwórz'
 */
export function taskLinkText(key: string, label: string): string {
  return readableKey(key) ?? label;
}
