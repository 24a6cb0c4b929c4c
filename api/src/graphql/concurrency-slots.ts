import type { DomainError } from "./errors.ts";

/**
 * At most `max` pieces of costly work at once in this API instance; one more is refused with the
 * error `refusal` builds (counters are per instance: with several instances, each allows `max`).
 */
export class ConcurrencySlots {
  private running = 0;

  constructor(
    private readonly max: number,
    private readonly refusal: (running: number) => DomainError,
  ) {}

  /** Takes a slot or throws the refusal; the returned release frees it (calling it again does nothing). */
  take(): () => void {
    if (this.running >= this.max) throw this.refusal(this.running);
    this.running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
    };
  }

  /** Runs `work` in a slot, freed when it ends. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = this.take();
    try {
      return await work();
    } finally {
      release();
    }
  }
}
