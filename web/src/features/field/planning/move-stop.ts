/** The day's order with the stop at `index` moved one place earlier (-1) or later (+1); unchanged at the ends. */
export function moveStop(order: readonly string[], index: number, step: -1 | 1): string[] {
  const to = index + step;
  if (index < 0 || index >= order.length || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}
