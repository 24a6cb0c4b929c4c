import { describe, expect, it } from "vitest";
import { TestGraphQL } from "../graphql-client.ts";
import { useImportFixture } from "./use-import-fixture.ts";

/** Roles and coverage decide what everyone may see and do: only an ADMIN imports users, and every role change is audited. */
const f = useImportFixture("inguser");

const START = `mutation($file: File!) { startImport(kind: USERS, file: $file, mode: ALL_OR_NOTHING) { id status } }`;

async function uploadUsers(api: TestGraphQL, userId: string, csv: string) {
  const body = new FormData();
  body.set("operations", JSON.stringify({ query: START, variables: { file: null } }));
  body.set("map", JSON.stringify({ 0: ["variables.file"] }));
  body.set("0", new File([csv], "users.csv", { type: "text/csv" }));
  const res = await api.app.fetch("http://test/graphql", {
    method: "POST",
    headers: { authorization: `Bearer ${await api.tokenFor(userId)}`, accept: "application/json" },
    body,
  });
  return (await res.json()) as { data?: { startImport: { id: string } } | null; errors?: { extensions?: { code?: string } }[] };
}

describe("users import governance", () => {
  it("regression: a STEWARD cannot import users (and so cannot make themselves ADMIN)", async () => {
    const api = await TestGraphQL.create(f.driver);
    const csv = `id,name,email,role\n${f.g.users.steward},Stu Ward,stu@example.com,ADMIN\n`;
    const res = await uploadUsers(api, f.g.users.steward, csv);
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const { records } = await f.driver.executeQuery("MATCH (u:User {id: $id}) RETURN u.role AS role", { id: f.g.users.steward });
    expect(records[0]!.get("role")).toBe("STEWARD");
  });

  it("regression: a role change through the users import is an audit event with before and after", async () => {
    const summary = await f.run(
      "users",
      f.file("roles.csv", ["id,name,email,role", `${f.g.users.analyst},Ana Lyst,ana@example.com,MANAGER`]),
    );
    expect(summary.status).toBe("SUCCEEDED");
    const { records } = await f.driver.executeQuery(
      "MATCH (a:AuditEvent {subject: 'ROLE', subjectId: $id}) RETURN a.action AS action, a.before AS before, a.after AS after, a.origin AS origin",
      { id: f.g.users.analyst },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      {
        action: "UPDATE",
        before: JSON.stringify({ role: "ANALYST", userId: f.g.users.analyst }),
        after: JSON.stringify({ role: "MANAGER", userId: f.g.users.analyst }),
        origin: "IMPORT",
      },
    ]);
  });
});
