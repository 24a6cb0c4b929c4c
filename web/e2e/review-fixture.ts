import { randomUUID } from "node:crypto";
import type { Driver } from "neo4j-driver";
import type { Page } from "playwright-core";

/**
 * A pending change request written straight to Neo4j (as `proposeChange` stores it), so a test
 * controls its age and escalation. Its requester carries the test's prefix, so `deleteByPrefix`
 * removes it.
 */
const CREATE_PENDING = `
CREATE (cr:ChangeRequest {id: $id, status: 'PENDING', kind: $kind, operations: $operations, reason: $reason, level: 'HCP',
  requesterId: $requester, requesterRole: 'REP', territoryIds: $territories, comments: [],
  createdAt: datetime() - duration({days: $ageDays}), requiresAdmin: size($escalation) > 0, escalation: $escalation})`;

export interface PendingRequest {
  kind: string;
  operations: Record<string, unknown>[];
  reason: string;
  requester: string;
  territories: string[];
  ageDays?: number;
  escalation?: string[];
}

export async function writePendingRequest(driver: Driver, r: PendingRequest): Promise<string> {
  const id = randomUUID();
  await driver.executeQuery(CREATE_PENDING, {
    id,
    kind: r.kind,
    operations: JSON.stringify(r.operations),
    reason: r.reason,
    requester: r.requester,
    territories: r.territories,
    ageDays: r.ageDays ?? 0,
    escalation: r.escalation ?? [],
  });
  return id;
}

/** The `data-testid` of the focused element, and of the dialog it is in. */
export function focused(page: Page): Promise<{ testId: string | null; dialog: string | null; requestId: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      testId: el?.dataset.testid ?? null,
      dialog: (el?.closest("dialog") as HTMLElement | null)?.dataset.testid ?? null,
      requestId: el?.dataset.requestId ?? null,
    };
  });
}

/** Presses Tab (only the keyboard) until the element with this test id has the focus. */
export async function tabTo(page: Page, testId: string, maxPresses = 40): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if ((await focused(page)).testId === testId) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`${testId} was not reached with ${maxPresses} presses of Tab`);
}
