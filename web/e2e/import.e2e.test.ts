import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Driver } from "neo4j-driver";
import type { RunningApi } from "../../api/src/server/start-server.ts";
import { createTwoTerritoryGraph, type TwoTerritoryGraph } from "../../api/test/fixtures/two-territory-graph.ts";
import { uniquePrefix } from "../../test/db.ts";
import { expectAccessible } from "./axe.ts";
import { useWebApp } from "./web-app.ts";

/**
 * A data steward uploads a master list with errors on the Import page, sees them listed by row
 * and column, downloads the error report, then imports a corrected file and sees the counts.
 */

let driver: Driver;
let api: RunningApi;
let page: Page;
let g: TwoTerritoryGraph;
const prefix = uniquePrefix("e2eimp");
const files = mkdtempSync(path.join(tmpdir(), "import-e2e-"));

useWebApp(prefix, async (app) => {
  ({ driver, api, page } = app);
  g = await createTwoTerritoryGraph(driver, prefix);
});

function csvFile(name: string, lines: string[]): string {
  const file = path.join(files, name);
  writeFileSync(file, `${lines.join("\r\n")}\r\n`);
  return file;
}

describe("Import page, as a data steward", () => {
  it("signs in and opens the Import page", async () => {
    await page.goto(api.url);
    await page.getByTestId("login-filter").fill(g.users.steward);
    await page.getByTestId(`login-user-${g.users.steward}`).click();
    await expect.poll(() => page.getByTestId("current-user").textContent()).toContain("STEWARD");
    await page.getByTestId("nav-import").click();
    await page.getByTestId("import-page").waitFor();
    await expectAccessible(page, "the import page");
  });

  it("a dry run of a file with errors lists them by row and column, and the report downloads", async () => {
    const p = g.prefix;
    const file = csvFile("affiliations.csv", [
      "child_id,parent_id,weight,primary,type,influence,valid_from,valid_to,source",
      `${p}HCP2,${p}ACC1,0.25,false,CONSULTING,,2025-01-01,,`,
      `${p}HCP2,${p}NOWHERE,0.5,false,CONSULTING,,2025-01-01,,`,
      `${p}HCP2,${p}ACC1,1.7,false,CONSULTING,,2025-02-01,,`,
    ]);
    await page.getByTestId("import-kind").selectOption("AFFILIATIONS");
    await page.getByTestId("import-file").setInputFiles(file);
    await page.getByTestId("import-dry-run").click();

    await page.locator('[data-testid="import-job"][data-status="REJECTED"]').waitFor({ timeout: 20_000 });
    const rows = await page.getByTestId("import-problems").locator("tbody tr").allInnerTexts();
    expect(rows.map((r) => r.split("\t"))).toEqual([
      [
        "2",
        "weight",
        "0.25",
        `${p}HCP2's active ACCOUNT weights sum to 1.25 on 2025-01-01, above 1: row 2 (0.25), existing edge to ${p}ACC2 (1)`,
      ],
      ["3", "parent_id", `${p}NOWHERE`, "unknown id: no ACCOUNT or ORGANIZATION or NETWORK with this id"],
      ["4", "weight", "1.7", "must be a number with 0 < value <= 1"],
    ]);
    expect(await page.getByTestId("import-message").textContent()).toBe("3 problems in 3 rows; nothing was written.");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("import-report").click()]);
    const report = readFileSync(await download.path(), "utf8");
    expect(report.split("\r\n")[0]).toBe("row,column,value,message");
    expect(report).toContain(`3,parent_id,${p}NOWHERE,unknown id`);
    const { records } = await driver.executeQuery(
      "MATCH (:HCP {id: $id})-[e:AFFILIATED_WITH]->(:Account {id: $acc}) WHERE e.validFrom >= date('2025-01-01') RETURN count(e) AS n",
      { id: `${p}HCP2`, acc: `${p}ACC1` },
    );
    expect(records[0]!.get("n").toNumber()).toBe(0);
  });

  it("imports a corrected file and shows the counts", async () => {
    const p = g.prefix;
    const file = csvFile("networks.csv", ["id,name,kind", `${p}WN1,Web Network,ACO`, `${p}WN2,Web Network Two,GPO`]);
    await page.getByTestId("import-kind").selectOption("NETWORKS");
    await page.getByTestId("import-file").setInputFiles(file);
    await page.getByTestId("import-start").click();
    await page.locator('[data-testid="import-job"][data-status="SUCCEEDED"]').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId("import-message").textContent()).toBe("2 changed: 2 created, 0 updated, 0 unchanged, 0 end-dated.");
    const counts = await page.getByTestId("import-counts").locator("tr").nth(1).innerText();
    expect(counts.split("\t")).toEqual(["2", "2", "0", "0", "0", "0"]);
    const { records } = await driver.executeQuery("MATCH (n:Network) WHERE n.id STARTS WITH $p + 'WN' RETURN count(n) AS n", { p });
    expect(records[0]!.get("n").toNumber()).toBe(2);
  });
});
