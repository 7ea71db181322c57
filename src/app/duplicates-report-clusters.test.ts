import type { DuplicatesReportPair } from './duplicates-report-view';
import { clusterPairs, clusterTerms } from './duplicates-report-clusters';

const pair = (left: string, right: string, decision: DuplicatesReportPair['decision'], matchedTerms: string[] = []): DuplicatesReportPair => ({
  taskIds: [left, right],
  score: decision === 'likely-duplicate' ? 0.7 : 0.4,
  decision,
  matchedTerms,
  sharedAssets: [],
});

const membersOf = (cluster: ReturnType<typeof clusterPairs>[number] | undefined) => Object.fromEntries(cluster?.members ?? []);

describe('clusterPairs', () => {
  it('joins likely duplicates transitively: one photoshoot booked three times is one cluster', () => {
    const clusters = clusterPairs([pair('brd', 'atl', 'likely-duplicate'), pair('atl', 'grw', 'likely-duplicate')]);
    expect(clusters).toHaveLength(1);
    expect(membersOf(clusters[0])).toEqual({ brd: 'likely-duplicate', atl: 'likely-duplicate', grw: 'likely-duplicate' });
    expect(clusters[0]?.pairs).toHaveLength(2);
  });

  it('attaches related work to the cluster it touches, and keeps a lone related pair as a lower tier of its own', () => {
    const clusters = clusterPairs([pair('brd', 'atl', 'likely-duplicate'), pair('atl', 'evt', 'related'), pair('x', 'y', 'related')]);
    expect(clusters.map((cluster) => cluster.tier)).toEqual(['likely-duplicate', 'related']);
    expect(membersOf(clusters[0])).toEqual({ brd: 'likely-duplicate', atl: 'likely-duplicate', evt: 'related' });
    expect(membersOf(clusters[1])).toEqual({ x: 'related', y: 'related' });
  });

  it('does not chain related pairs into one cluster', () => {
    const clusters = clusterPairs([pair('a', 'b', 'related'), pair('b', 'c', 'related')]);
    expect(clusters).toHaveLength(2);
  });

  it('keeps two likely clusters apart when only a related pair joins them, listing the pair with both', () => {
    const clusters = clusterPairs([pair('a', 'b', 'likely-duplicate'), pair('c', 'd', 'likely-duplicate'), pair('b', 'c', 'related')]);
    expect(clusters).toHaveLength(2);
    expect(membersOf(clusters[0])).toEqual({ a: 'likely-duplicate', b: 'likely-duplicate', c: 'related' });
    expect(membersOf(clusters[1])).toEqual({ c: 'likely-duplicate', d: 'likely-duplicate', b: 'related' });
  });
});

describe('clusterTerms', () => {
  it('puts the words most pairs share first, once whatever their case', () => {
    expect(clusterTerms([{ matchedTerms: ['studio', 'Photographer'] }, { matchedTerms: ['photographer', 'January'] }])).toEqual(['Photographer', 'studio', 'January']);
  });
});
