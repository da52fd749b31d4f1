// Maps JSON paths ("clauses.3.body.0.content.1.text") to the line where that value starts, so that
// `vanthu library check` and the library manager can say "file.json:57" for a schema violation.
// Runs only on text JSON.parse accepted, so the scanner can be small: it never has to recover.

export type LineMap = Map<string, number>;

export function jsonLineMap(text: string): LineMap {
  const map: LineMap = new Map();
  let i = 0;
  let line = 1;
  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 10) line += 1;
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) i += 1;
      else return;
    }
  };
  const str = (): string => {
    const start = i;
    i += 1; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i += 1;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string) => {
    ws();
    map.set(path, line);
    const c = text[i];
    if (c === '{') {
      i += 1;
      ws();
      if (text[i] === '}') {
        i += 1;
        return;
      }
      for (;;) {
        ws();
        const keyLine = line;
        const key = str();
        const child = path ? `${path}.${key}` : key;
        ws();
        i += 1; // colon
        value(child);
        map.set(child, keyLine);
        ws();
        if (text[i++] === '}') return;
      }
    } else if (c === '[') {
      i += 1;
      ws();
      if (text[i] === ']') {
        i += 1;
        return;
      }
      for (let k = 0; ; k += 1) {
        value(path ? `${path}.${k}` : String(k));
        ws();
        if (text[i++] === ']') return;
      }
    } else if (c === '"') {
      str();
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i] as string)) i += 1;
    }
  };
  value('');
  return map;
}

/** The line of a path, or of its nearest ancestor that exists (a missing field → its object). */
export function lineOf(map: LineMap, path: ReadonlyArray<PropertyKey> | string): number | null {
  const parts = typeof path === 'string' ? (path === '' ? [] : path.split('.')) : path.map(String);
  for (let n = parts.length; n >= 0; n -= 1) {
    const found = map.get(parts.slice(0, n).join('.'));
    if (found !== undefined) return found;
  }
  return null;
}

/** The line of a JSON.parse error, from the "position N" V8 puts in its message. */
export function lineOfParseError(text: string, message: string): number | null {
  const lineCol = /line (\d+) column \d+/.exec(message);
  if (lineCol) return Number(lineCol[1]);
  const pos = /position (\d+)/.exec(message);
  if (!pos) return null;
  const upto = text.slice(0, Number(pos[1]));
  return upto.split('\n').length;
}
