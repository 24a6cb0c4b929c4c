const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Shortest word used as a prefix: a one-letter prefix expands to a large part of the index's terms. */
export const MIN_PREFIX_LENGTH = 2;

/**
 * Turns what a user typed into a Lucene query where every word must match as a prefix:
 * `smi jo` -> `smi* AND jo*`. Lucene's operators and wildcards in the input are escaped, so
 * user text can never change the query's structure; words shorter than MIN_PREFIX_LENGTH are
 * left out. Returns undefined when no word is left.
 */
export function prefixQuery(text: string): string | undefined {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => [...w].length >= MIN_PREFIX_LENGTH && !/^(AND|OR|NOT|TO)$/.test(w))
    .map((w) => w.replace(LUCENE_SPECIAL, (c) => `\\${c}`));
  if (words.length === 0) return undefined;
  return words.map((w) => `${w}*`).join(" AND ");
}
