import { useState } from "react";
import { CHILDREN_PER_BATCH, type LodNode } from "../../graph/level-of-detail.ts";
import { ariaSortOf, DEFAULT_TABLE_SORT, nextTableSort, sortRows, TABLE_COLUMNS, tableCsv, type TableSort } from "./hierarchy-table.ts";
import { saveTextFile } from "../../app/save-file.ts";

interface Props {
  rootId: string;
  nodes: readonly LodNode[];
  /** The roll-up column's heading, e.g. "TRX 2026-Q3". */
  rollupHeading: string;
  selected: string | null;
  onSelect: (id: string) => void;
  onToggle: (id: string) => void;
}

const HEADINGS: Record<(typeof TABLE_COLUMNS)[number], string> = {
  name: "name",
  kind: "kind",
  level: "level",
  rollup: "roll-up",
  parents: "parents",
  children: "children",
};

const formatValue = (v: number | null) => (v === null ? "–" : v.toLocaleString("en-US", { maximumFractionDigits: 1 }));

/** The nodes on the canvas as a table: sortable, exportable, and the keyboard's way through the graph. */
export function HierarchyTable({ rootId, nodes, rollupHeading, selected, onSelect, onToggle }: Props) {
  const [sort, setSort] = useState<TableSort>(DEFAULT_TABLE_SORT);
  const rows = sortRows(nodes, sort);

  const download = () => saveTextFile(tableCsv(rows, rollupHeading), `hierarchy-${rootId}.csv`);

  return (
    <section className="hierarchy-table" aria-labelledby="hierarchy-table-title">
      <div className="toolbar">
        <h2 id="hierarchy-table-title">Nodes on the canvas ({rows.length})</h2>
        <button type="button" data-testid="table-csv" onClick={download}>
          Export CSV
        </button>
      </div>
      <table data-testid="hierarchy-table">
        <thead>
          <tr>
            {TABLE_COLUMNS.map((c) => (
              <th key={c} scope="col" aria-sort={ariaSortOf(sort, c)}>
                <button type="button" data-testid={`sort-${c}`} onClick={() => setSort(nextTableSort(sort, c))}>
                  {c === "rollup" ? `${HEADINGS[c]} ${rollupHeading}` : HEADINGS[c]}
                </button>
              </th>
            ))}
            <th scope="col">
              <span className="sr-only">actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((n) => (
            <tr key={n.id} data-testid={`row-${n.id}`} className={n.id === selected ? "selected" : undefined}>
              <td>
                {n.role === "entity" ? (
                  <button type="button" className="link" aria-pressed={n.id === selected} onClick={() => onSelect(n.id)}>
                    {n.name}
                  </button>
                ) : (
                  n.name
                )}
              </td>
              <td>{n.role === "entity" ? n.kind.toLowerCase() : `${n.kind.toLowerCase()} ${n.role}`}</td>
              <td className="num">{n.level}</td>
              <td className="num">{formatValue(n.rollup)}</td>
              <td className="num">{n.parentCount}</td>
              <td className="num">{n.childCount}</td>
              <td>
                {n.expandable && (
                  <button type="button" data-testid={`toggle-${n.id}`} onClick={() => onToggle(n.id)}>
                    {n.role === "more" ? `Show ${Math.min(n.count, CHILDREN_PER_BATCH)} more` : n.expanded ? "Collapse" : "Expand"}
                    <span className="sr-only"> {n.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
