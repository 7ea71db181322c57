/**
 * The tasks that contain one term, with the term's weight in each, in growable typed arrays: at 100,000
 * tasks a JavaScript object per posting would cost several times the memory.
 */
export class PostingList {
  slots: Int32Array;
  weights: Float32Array;
  length = 0;

  constructor(capacity = 4) {
    this.slots = new Int32Array(capacity);
    this.weights = new Float32Array(capacity);
  }

  /**
   * Appends a task slot with its weight.
   *
   * @example
   * const list = new PostingList();
   * list.add(7, 2.1); list.length // 1
   */
  add(slot: number, weight: number): void {
    if (this.length === this.slots.length) {
      const grownSlots = new Int32Array(this.slots.length * 2);
      grownSlots.set(this.slots);
      this.slots = grownSlots;
      const grownWeights = new Float32Array(this.weights.length * 2);
      grownWeights.set(this.weights);
      this.weights = grownWeights;
    }
    this.slots[this.length] = slot;
    this.weights[this.length] = weight;
    this.length += 1;
  }

  /**
   * Removes a task slot, keeping the others in order; returns whether it was there.
   *
   * @example
   * const list = new PostingList();
   * list.add(7, 1); list.remove(7) // true
   */
  remove(slot: number): boolean {
    const at = this.slots.subarray(0, this.length).indexOf(slot);
    if (at < 0) return false;
    this.slots.copyWithin(at, at + 1, this.length);
    this.weights.copyWithin(at, at + 1, this.length);
    this.length -= 1;
    return true;
  }
}
