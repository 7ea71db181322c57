/** One repeated id: where it appears again and where it was first used. */
export interface DuplicateId {
  id: string;
  index: number;
  firstIndex: number;
}

/**
 * Every item whose id was already used by an earlier item of the list, in list order.
 * @example duplicateIds([{ id: 'media' }, { id: 'events' }, { id: 'media' }]) // [{ id: 'media', index: 2, firstIndex: 0 }]
 */
export function duplicateIds(items: readonly { id: string }[]): DuplicateId[] {
  const first = new Map<string, number>();
  const duplicates: DuplicateId[] = [];
  items.forEach((item, index) => {
    const firstIndex = first.get(item.id);
    if (firstIndex === undefined) first.set(item.id, index);
    else duplicates.push({ id: item.id, index, firstIndex });
  });
  return duplicates;
}
