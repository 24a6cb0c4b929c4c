/**
 * The checks of an affiliation file as a whole, together with the graph: levels, types, weight
 * sums, primaries and cycles (model/affiliation-rules.ts). Memory holds one compact edge per row.
 */
import { checkAffiliations, type FileAffiliation } from "../../../model/affiliation-rules.ts";
import type { EntityKind } from "../../../model/entity-kinds.ts";
import type { FileCheck, KindsOfIds, ReportProblem, ResolvedFile } from "../kind.ts";
import { affiliationsOfChildren, sameLevelEdges } from "./graph-lookups.ts";
import type { AffiliationRow } from "./kind.ts";

export class AffiliationFileCheck implements FileCheck<AffiliationRow> {
  private readonly edges: FileAffiliation[] = [];
  private readonly intern = new Interner();

  row(r: AffiliationRow, rowNumber: number): void {
    const intern = (s: string) => this.intern.of(s);
    this.edges.push({
      row: rowNumber,
      childId: r.child_id,
      parentId: intern(r.parent_id),
      weight: r.weight,
      primary: r.primary,
      type: intern(r.type),
      validFrom: intern(r.valid_from),
      validTo: r.valid_to === undefined ? null : intern(r.valid_to),
    });
  }

  async finish(file: ResolvedFile, report: ReportProblem): Promise<void> {
    const edges = this.edges.filter((e) => !file.rejectedRows.has(e.row));
    const kindOf = entityKindOf(file.kindOf);
    const sameKinds = new Set<EntityKind>();
    for (const e of edges) {
      const c = kindOf(e.childId);
      if (c && c === kindOf(e.parentId)) sameKinds.add(c);
    }
    const sameLevel = (await Promise.all([...sameKinds].map((k) => sameLevelEdges(file.driver, k)))).flat();
    const problems = await checkAffiliations({
      edges,
      kindOf,
      sameLevelEdges: sameLevel,
      rules: file.rules,
      snapshot: file.snapshot,
      existingOf: (kind, ids) => affiliationsOfChildren(file.driver, kind, ids),
    });
    for (const p of problems) report(p);
  }

  /** The distinct child and parent kinds the file's edges connect (edges with an unknown end left out). */
  levelPairs(kindsOfIds: KindsOfIds): [EntityKind, EntityKind][] {
    const kindOf = entityKindOf(kindsOfIds);
    const pairs = new Map<string, [EntityKind, EntityKind]>();
    for (const e of this.edges) {
      const c = kindOf(e.childId);
      const p = kindOf(e.parentId);
      if (c && p) pairs.set(`${c}>${p}`, [c, p]);
    }
    return [...pairs.values()];
  }
}

const entityKindOf =
  (kindOf: KindsOfIds) =>
  (id: string): EntityKind | undefined => {
    const k = kindOf.get(id);
    return k && k !== "TERRITORY" ? k : undefined;
  };

/** One string instance per distinct value: a million rows repeat a few types, dates and parents. */
class Interner {
  private readonly strings = new Map<string, string>();
  of(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }
}
