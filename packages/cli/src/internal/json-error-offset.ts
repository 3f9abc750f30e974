const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const HEX = /^[0-9a-fA-F]$/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);

/**
 * The offset of the first character at which `text` stops being JSON (its length when the text ends too early), or
 * -1 when it is JSON. `JSON.parse` says where for most errors but not for an unexpected token (`NaN`, `Infinity`,
 * `'single quotes'`) nor for a text that ends too early; this finds the place in one pass, without recursion.
 */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  const open: string[] = [];
  let i = 0;
  let state: "value" | "value-or-end" | "key" | "key-or-end" | "colon" | "after" = "value";

  /** Reads the string starting at `i`; false with `i` at the bad character. */
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return true;
      }
      if (c.charCodeAt(0) < 0x20) return false;
      if (c === "\\") {
        const e = text[i + 1];
        if (e !== undefined && ESCAPES.has(e)) i += 2;
        else if (e === "u") {
          for (let k = 2; k < 6; k++) {
            if (!HEX.test(text[i + k] ?? "")) {
              i += k;
              return false;
            }
          }
          i += 6;
        } else {
          i++;
          return false;
        }
        continue;
      }
      i++;
    }
    return false;
  };
  /** Reads `true`, `false` or `null` at `i`; false with `i` at the first character that differs. */
  const literal = (word: string): boolean => {
    for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) return false;
    return true;
  };

  for (;;) {
    while (i < n && WHITESPACE.has(text.charCodeAt(i))) i++;
    if (i >= n) return state === "after" && open.length === 0 ? -1 : n;
    const c = text[i] as string;
    if (state === "after") {
      const top = open.at(-1);
      if (top === undefined) return i;
      if (c === ",") {
        i++;
        state = top === "{" ? "key" : "value";
      } else if ((c === "}" && top === "{") || (c === "]" && top === "[")) {
        open.pop();
        i++;
      } else return i;
    } else if (state === "colon") {
      if (c !== ":") return i;
      i++;
      state = "value";
    } else if (state === "key" || state === "key-or-end") {
      if (c === "}" && state === "key-or-end") {
        open.pop();
        i++;
        state = "after";
      } else if (c !== '"' || !string()) return i;
      else state = "colon";
    } else if (c === "]" && state === "value-or-end") {
      open.pop();
      i++;
      state = "after";
    } else {
      if (c === "{" || c === "[") {
        open.push(c);
        i++;
        state = c === "{" ? "key-or-end" : "value-or-end";
        continue;
      }
      if (c === '"') {
        if (!string()) return i;
      } else if (c === "t" || c === "f" || c === "n") {
        if (!literal(c === "t" ? "true" : c === "f" ? "false" : "null")) return i;
      } else {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) return i;
        i = NUMBER.lastIndex;
      }
      state = "after";
    }
  }
}
