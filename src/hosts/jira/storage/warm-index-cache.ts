import type { DuplicateIndex } from '../../../core/duplicates';

/** A duplicate index held in memory by one warm Forge instance, and how far it has caught up. */
export interface WarmIndex {
  index: DuplicateIndex;
  /**
   * The generation stamp read when the index was last brought up to date: null when none was stored,
   * undefined when unknown (after this instance wrote), which sends the next load to the journal.
   */
  generation: string | null | undefined;
  /** Every journal entry written before this instant, less the margin, is in the index. */
  syncedAtMs: number;
  /** Stamps of journal entries already in the index (or written by this instance), with their instants. */
  seen: Map<string, number>;
}

/**
 * Warm indexes by installation. A Forge instance may serve several installations of the app, each with
 * its own storage, so an index is never shared between installation ids. Loads of one installation that
 * overlap share one promise, so a burst of events builds the index once.
 */
export class WarmIndexCache {
  private readonly indexes = new Map<string, WarmIndex>();
  private readonly inFlight = new Map<string, Promise<DuplicateIndex>>();

  get(key: string): WarmIndex | undefined {
    return this.indexes.get(key);
  }

  set(key: string, warm: WarmIndex): void {
    this.indexes.set(key, warm);
  }

  /** Forgets every warm index, as a new instance would start. */
  clear(): void {
    this.indexes.clear();
    this.inFlight.clear();
  }

  isLoading(key: string): boolean {
    return this.inFlight.has(key);
  }

  /** Runs `load` unless a load of the same key is already running, in which case its result is shared. */
  once(key: string, load: () => Promise<DuplicateIndex>): Promise<DuplicateIndex> {
    const running = this.inFlight.get(key);
    if (running) return running;
    const started = load().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, started);
    return started;
  }
}

/** The instance-wide cache: module state lives as long as the warm Forge instance does. */
export const warmDuplicateIndexes = new WarmIndexCache();
