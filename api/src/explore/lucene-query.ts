const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns what a user typed into a Lucene query where every word must match as a prefix:
 * `smi jo` -> `smi* AND jo*`. Lucene's operators and wildcards in the input are escaped, so
 * user text can never change the query's structure. Returns undefined when no word is left.
 */
export function prefixQuery(text: string): string | undefined {
  const words = text
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(LUCENE_SPECIAL, (c) => `\\${c}`))
    .filter((w) => w.length > 0 && !/^(AND|OR|NOT|TO)$/.test(w));
  if (words.length === 0) return undefined;
  return words.map((w) => `${w}*`).join(" AND ");
}
