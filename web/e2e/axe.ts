import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { expect } from "vitest";

/** The impacts a page may not have: what keeps a keyboard or screen-reader user out. */
const BLOCKING = new Set(["serious", "critical"]);

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on what the page shows now and fails with each
 * serious or critical violation: its rule, impact and the first offending elements.
 */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = violations
    .filter((v) => BLOCKING.has(v.impact ?? ""))
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
  expect(blocking, `accessibility of ${what}`).toEqual([]);
}
