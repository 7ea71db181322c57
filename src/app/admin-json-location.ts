/*
 * Where in an admin's JSON text a schema problem is. Zod names a problem by its path
 * (["steps", 2, "due", "workingDays"]); an admin editing 200 lines of template needs the line. The
 * text is scanned as written, so the answer points into their own formatting, not a re-indented copy.
 */

/** A stretch of the text: offsets for selecting it, line and column (from 1) for saying where it is. */
export interface JsonLocation {
  start: number;
  end: number;
  line: number;
  column: number;
  /** False when the path goes deeper than the text does (a missing key): the nearest enclosing value is given. */
  exact: boolean;
}

class Scanner {
  index = 0;
  constructor(readonly text: string) {}

  skipSpace(): void {
    while (this.index < this.text.length && /\s/.test(this.text.charAt(this.index))) this.index += 1;
  }

  peek(): string {
    return this.text.charAt(this.index);
  }

  /** Reads a string literal starting at the opening quote; undefined when the text has none there. */
  readString(): string | undefined {
    if (this.peek() !== '"') return undefined;
    const start = this.index;
    this.index += 1;
    while (this.index < this.text.length && this.peek() !== '"') this.index += this.peek() === '\\' ? 2 : 1;
    this.index += 1;
    try {
      return JSON.parse(this.text.slice(start, this.index)) as string;
    } catch {
      return undefined;
    }
  }

  /** Moves past one value of any kind, nested ones included. */
  skipValue(): void {
    const first = this.peek();
    if (first === '"') {
      this.readString();
      return;
    }
    if (first === '{' || first === '[') {
      let depth = 0;
      while (this.index < this.text.length) {
        const char = this.peek();
        if (char === '"') {
          this.readString();
          continue;
        }
        if (char === '{' || char === '[') depth += 1;
        if (char === '}' || char === ']') depth -= 1;
        this.index += 1;
        if (depth === 0) return;
      }
      return;
    }
    while (this.index < this.text.length && !/[\s,\]}]/.test(this.peek())) this.index += 1;
  }

  /** Steps into the member `key` of the object at the cursor; false when it has none. */
  enterKey(key: string): boolean {
    if (this.peek() !== '{') return false;
    this.index += 1;
    for (;;) {
      this.skipSpace();
      const name = this.readString();
      if (name === undefined) return false;
      this.skipSpace();
      if (this.peek() !== ':') return false;
      this.index += 1;
      this.skipSpace();
      if (name === key) return true;
      this.skipValue();
      this.skipSpace();
      if (this.peek() !== ',') return false;
      this.index += 1;
    }
  }

  /** Steps into item `position` of the array at the cursor; false when it is shorter. */
  enterItem(position: number): boolean {
    if (this.peek() !== '[') return false;
    this.index += 1;
    for (let item = 0; ; item += 1) {
      this.skipSpace();
      if (this.peek() === ']' || this.index >= this.text.length) return false;
      if (item === position) return true;
      this.skipValue();
      this.skipSpace();
      if (this.peek() !== ',') return false;
      this.index += 1;
    }
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

/**
 * The value a schema problem's path names in JSON text, or the nearest value that encloses it when the
 * text stops short of the path (a required key that is missing). Undefined only for text that is not
 * JSON at its start.
 * @example jsonLocation('{\n  "steps": [\n    { "id": "x", "due": 5 }\n  ]\n}', ['steps', 0, 'due'])
 * // { start: 39, end: 40, line: 3, column: 25, exact: true }
 */
export function jsonLocation(text: string, path: readonly PropertyKey[]): JsonLocation | undefined {
  const scanner = new Scanner(text);
  scanner.skipSpace();
  if (scanner.index >= text.length) return undefined;
  let start = scanner.index;
  let exact = true;
  for (const segment of path) {
    // A number names an array item, or a key spelled with digits in a record ("fields": { "2026": … }).
    const entered = typeof segment === 'number' && scanner.peek() === '[' ? scanner.enterItem(segment) : scanner.enterKey(String(segment));
    if (!entered) {
      exact = false;
      break;
    }
    start = scanner.index;
  }
  scanner.index = start;
  scanner.skipValue();
  return { start, end: scanner.index, ...lineAndColumn(text, start), exact };
}
