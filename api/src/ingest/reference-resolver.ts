import { ENTITY_KINDS } from "../model/entity-kinds.ts";
import type { Driver } from "neo4j-driver";
import { kindsOfIds } from "./graph-lookups.ts";
import type { NodeKind, Reference, ReportProblem } from "./kinds/kind.ts";

const LOOKUP_BATCH = 5_000;
const ALL_KINDS: readonly NodeKind[] = [...ENTITY_KINDS, "TERRITORY"];

/**
 * Looks referenced ids up in batches while the file streams, and reports the unknown or
 * wrong-kind ones. Ids are looked up among the kinds their column allows first (an HCP id in a
 * child column is found in one seek); only ids not found there are looked up among every kind,
 * to tell "unknown" from "of the wrong kind".
 */
export class ReferenceResolver {
  private pending: { row: number; refs: Reference[] }[] = [];
  private unresolved = new Map<string, readonly NodeKind[]>();
  private missing = new Set<string>();

  constructor(
    private readonly driver: Driver,
    private readonly kindOf: Map<string, NodeKind>,
    private readonly report: ReportProblem,
  ) {}

  async add(row: number, refs: Reference[]): Promise<void> {
    if (refs.length === 0) return;
    this.pending.push({ row, refs });
    for (const r of refs) if (!this.kindOf.has(r.id) && !this.missing.has(r.id)) this.unresolved.set(r.id, r.kinds);
    if (this.unresolved.size >= LOOKUP_BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.unresolved.size) {
      const byKinds = new Map<string, string[]>();
      for (const [id, kinds] of this.unresolved) {
        const key = kinds.join(",");
        if (!byKinds.has(key)) byKinds.set(key, []);
        byKinds.get(key)!.push(id);
      }
      this.unresolved.clear();
      for (const [key, ids] of byKinds) {
        const expected = key.split(",") as NodeKind[];
        const found = await kindsOfIds(this.driver, ids, expected);
        const notFound = ids.filter((id) => !found.has(id));
        const elsewhere = notFound.length
          ? await kindsOfIds(
              this.driver,
              notFound,
              ALL_KINDS.filter((k) => !expected.includes(k)),
            )
          : new Map<string, NodeKind>();
        for (const id of ids) {
          const k = found.get(id) ?? elsewhere.get(id);
          if (k) this.kindOf.set(id, k);
          else this.missing.add(id);
        }
      }
    }
    for (const { row, refs } of this.pending) {
      for (const ref of refs) {
        const k = this.kindOf.get(ref.id);
        if (!k) this.report({ row, column: ref.column, value: ref.id, message: `unknown id: no ${ref.kinds.join(" or ")} with this id` });
        else if (!ref.kinds.includes(k))
          this.report({ row, column: ref.column, value: ref.id, message: `is a ${k}, expected ${ref.kinds.join(" or ")}` });
      }
    }
    this.pending = [];
  }
}
