import { EnumValue, type FuzzOperation, type FuzzSelection, type FuzzValue } from "./operation-fuzzer.ts";

function cloneValue(value: FuzzValue): FuzzValue {
  if (value instanceof EnumValue || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(cloneValue);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneValue(v)]));
}

function cloneSelection(s: FuzzSelection): FuzzSelection {
  return { ...s, args: s.args.map((a) => ({ ...a, value: cloneValue(a.value) })), selections: s.selections.map(cloneSelection) };
}

/** A copy of `operation` with `edit` applied to the selection at `path` (child indexes from the root). */
function edited(operation: FuzzOperation, path: number[], edit: (selection: FuzzSelection) => void): FuzzOperation {
  const copy = { ...operation, root: cloneSelection(operation.root) };
  edit(path.reduce((s, i) => s.selections[i]!, copy.root));
  return copy;
}

function selectionPaths(selection: FuzzSelection, path: number[] = []): number[][] {
  return [path, ...selection.selections.flatMap((s, i) => selectionPaths(s, [...path, i]))];
}

/** Smaller values than `value`: an element or key less, a part simplified, a shorter string, 0. */
function* simpler(value: FuzzValue): Generator<FuzzValue> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield value.filter((_, j) => j !== i);
    for (let i = 0; i < value.length; i++) for (const s of simpler(value[i]!)) yield value.map((v, j) => (j === i ? s : v));
  } else if (value !== null && typeof value === "object" && !(value instanceof EnumValue)) {
    for (const key of Object.keys(value)) yield Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));
    for (const [key, v] of Object.entries(value)) for (const s of simpler(v)) yield { ...value, [key]: s };
  } else if (typeof value === "string" && value.length > 8) {
    yield value.slice(0, 8);
  } else if (typeof value === "number" && value !== 0) {
    yield 0;
  }
}

/** Every one-step simplification of `operation`, the biggest cuts first. */
function* variants(operation: FuzzOperation): Generator<FuzzOperation> {
  const paths = selectionPaths(operation.root);
  for (const path of paths.slice(1)) yield edited(operation, path.slice(0, -1), (s) => s.selections.splice(path.at(-1)!, 1));
  for (const path of paths) {
    const selection = path.reduce((s, i) => s.selections[i]!, operation.root);
    if (selection.alias) yield edited(operation, path, (s) => delete s.alias);
    for (const [i, arg] of selection.args.entries()) {
      yield edited(operation, path, (s) => s.args.splice(i, 1));
      if (arg.variableType && !arg.omitVariable) yield edited(operation, path, (s) => delete s.args[i]!.variableType);
      for (const value of simpler(arg.value)) {
        yield edited(operation, path, (s) => {
          s.args[i]!.value = value;
        });
      }
    }
  }
}

/**
 * Greedily shrinks a failing operation: takes the first one-step simplification that still
 * fails, again and again, until none does or `budget` attempts (requests) are spent.
 */
export async function shrinkOperation(
  operation: FuzzOperation,
  stillFails: (candidate: FuzzOperation) => Promise<boolean>,
  budget = 150,
): Promise<FuzzOperation> {
  let current = operation;
  let attempts = 0;
  for (let progressed = true; progressed && attempts < budget; ) {
    progressed = false;
    for (const candidate of variants(current)) {
      if (attempts++ >= budget) break;
      if (await stillFails(candidate)) {
        current = candidate;
        progressed = true;
        break;
      }
    }
  }
  return current;
}
