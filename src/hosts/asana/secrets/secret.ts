import { inspect } from 'node:util';

const REDACTED = '[redacted secret]';

/**
 * A token, key or webhook secret held in memory. It prints as `[redacted secret]` everywhere a value
 * might end up in a log — `String()`, template literals, `JSON.stringify`, `console.log`/`util.inspect`
 * — so a stray log line or error detail never carries it; only `reveal()` gives the text, at the one
 * place it is sent to Asana or sealed.
 * @example const token = new Secret('1/1200:abc'); `${token}` // '[redacted secret]'; token.reveal() // '1/1200:abc'
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    if (typeof value !== 'string' || value.length === 0) throw new Error('A secret must be a non-empty string');
    this.#value = value;
  }

  /** The secret's text, for the request or the envelope that needs it. */
  reveal(): string {
    return this.#value;
  }

  /** True when both hold the same text; compares without revealing either to the caller. */
  equals(other: Secret): boolean {
    return this.#value === other.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return `Secret(${REDACTED})`;
  }
}
