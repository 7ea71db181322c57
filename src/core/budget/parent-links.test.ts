import { resolveParentLinks } from './parent-links';

const task = (id: string, parentId?: string) => ({ id, key: id.toUpperCase(), ...(parentId === undefined ? {} : { parentId }) });

describe('resolveParentLinks', () => {
  it('keeps a clean subtask → task → epic → campaign chain as it is', () => {
    const links = resolveParentLinks([task('sub', 'task'), task('task', 'epic'), task('epic', 'campaign'), task('campaign')]);
    expect([...links.parentOf]).toEqual([
      ['sub', 'task'],
      ['task', 'epic'],
      ['epic', 'campaign'],
      ['campaign', undefined],
    ]);
    expect(links.problems).toEqual([]);
  });

  it('cuts a loop at its smallest id, whichever task the walk starts from, and leaves the tail hanging off the loop alone', () => {
    const links = resolveParentLinks([task('tail', 'm'), task('m', 'k'), task('k', 'z'), task('z', 'm')]);
    expect(links.parentOf.get('k')).toBeUndefined();
    expect(links.parentOf.get('m')).toBe('k');
    expect(links.parentOf.get('z')).toBe('m');
    expect(links.parentOf.get('tail')).toBe('m');
    expect(links.problems).toEqual([
      {
        kind: 'parent-cycle',
        taskIds: ['k', 'z', 'm'],
        detachedTaskId: 'k',
        message: 'The parent chain K → Z → M → K loops; K is counted as top level of its project until the tracker is fixed',
      },
    ]);
  });

  it('reports each loop once, even when many tasks lead into it', () => {
    const links = resolveParentLinks([task('a', 'b'), task('b', 'a'), task('c', 'a'), task('d', 'c')]);
    expect(links.problems.filter((problem) => problem.kind === 'parent-cycle')).toHaveLength(1);
  });
});
