import type { SqlParam } from './sql-client';

/**
 * Numbers parameters while a query is assembled from parts, so each part can add its own values
 * without counting the others'.
 * @example const params = new QueryParams(); `WHERE id = ${params.add('t1')}` // 'WHERE id = $1'; params.values // ['t1']
 */
export class QueryParams {
  readonly values: SqlParam[] = [];

  /** Adds a value and returns its placeholder. */
  add(value: SqlParam): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
