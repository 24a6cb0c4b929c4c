import { useMemo } from "react";
import { prettyDefinition } from "./definition-form.ts";
import { describeDefinition } from "./describe-definition.ts";
import { ColumnHeads } from "../../app/ColumnHeads.tsx";

/** A version's definition read-only: its components, segmentation and flags in words, and the JSON. */
export function DefinitionSummary({ definition }: { definition: string }) {
  const d = useMemo(() => describeDefinition(definition), [definition]);
  return (
    <section aria-labelledby="definition-summary-title" className="definition-summary">
      <h4 id="definition-summary-title">Definition</h4>
      {d && (
        <>
          {d.description && <p>{d.description}</p>}
          <table className="field-table" data-testid="definition-components">
            <caption className="sr-only">Components</caption>
            <ColumnHeads names={["Component", "Source", "Transform", "Weight"]} />
            <tbody>
              {d.components.map((c) => (
                <tr key={c.key}>
                  <th scope="row">{c.label}</th>
                  <td>{c.source}</td>
                  <td>{c.transform}</td>
                  <td className="num">{c.weight}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <strong>Segments:</strong> {d.segmentation}
          </p>
          {d.flags.length > 0 && (
            <p>
              <strong>Flags:</strong> {d.flags.join("; ")}
            </p>
          )}
        </>
      )}
      <details>
        <summary>JSON</summary>
        <pre className="definition-json" data-testid="definition-text">
          {prettyDefinition(definition)}
        </pre>
      </details>
    </section>
  );
}
