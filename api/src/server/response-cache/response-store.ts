/** One cached answer: its JSON text, when it stops being served, and what it holds in memory (key and text). */
interface Entry {
  text: string;
  expiresAt: number;
  size: number;
}

/**
 * Answers by key, bounded by the total length of their keys and JSON texts (a key holds the whole
 * document and variables): at `maxBytes` the oldest go first (a Map keeps insertion order). An
 * expired answer is dropped when it is asked for.
 */
export class ResponseStore {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string, now: number): string | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (now < entry.expiresAt) return entry.text;
    this.delete(key, entry);
    return undefined;
  }

  set(key: string, text: string, expiresAt: number): void {
    const size = key.length + text.length;
    if (size > this.maxBytes / 16) return; // one answer never takes more than a sixteenth of the store
    const old = this.entries.get(key);
    if (old) this.delete(key, old);
    while (this.bytes + size > this.maxBytes) {
      const [oldestKey, oldest] = this.entries.entries().next().value!;
      this.delete(oldestKey, oldest);
    }
    this.entries.set(key, { text, expiresAt, size });
    this.bytes += size;
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.size;
  }
}
