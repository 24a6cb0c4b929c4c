/** One cached answer: its JSON text, and when it stops being served. */
interface Entry {
  text: string;
  expiresAt: number;
}

/**
 * Answers by key, bounded by the total length of their JSON text: at `maxBytes` the oldest go
 * first (a Map keeps insertion order). An expired answer is dropped when it is asked for.
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
    if (text.length > this.maxBytes / 16) return; // one answer never takes more than a sixteenth of the store
    const old = this.entries.get(key);
    if (old) this.delete(key, old);
    while (this.bytes + text.length > this.maxBytes) {
      const [oldestKey, oldest] = this.entries.entries().next().value!;
      this.delete(oldestKey, oldest);
    }
    this.entries.set(key, { text, expiresAt });
    this.bytes += text.length;
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.text.length;
  }
}
