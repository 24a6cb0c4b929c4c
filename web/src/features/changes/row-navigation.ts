/**
 * Keyboard movement in a list of rows (the review queue): the arrow keys move one row, Home and
 * End to the ends, Page Up and Page Down by a page; the ends do not wrap. Null: not a movement key.
 */
export function nextRowIndex(current: number, key: string, rowCount: number, pageSize = 10): number | null {
  if (rowCount === 0) return null;
  const last = rowCount - 1;
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  switch (key) {
    case "ArrowDown":
      return clamp(current + 1);
    case "ArrowUp":
      return clamp(current - 1);
    case "Home":
      return 0;
    case "End":
      return last;
    case "PageDown":
      return clamp(current + pageSize);
    case "PageUp":
      return clamp(current - pageSize);
    default:
      return null;
  }
}
