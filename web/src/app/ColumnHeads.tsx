/** A column's header: its name, or `{ hidden }` for a column of controls named for screen readers only. */
export type Column = string | { readonly hidden: string };

/** A table's header: one row of column headers, in the order of `names`. */
export function ColumnHeads({ names }: { names: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {names.map((c) =>
          typeof c === "string" ? (
            <th key={c} scope="col">
              {c}
            </th>
          ) : (
            <th key={c.hidden} scope="col">
              <span className="sr-only">{c.hidden}</span>
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
