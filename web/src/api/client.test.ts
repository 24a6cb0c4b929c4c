import { afterEach, describe, expect, it, vi } from "vitest";
import { download, GraphQLRequestError, request, UnauthorizedError } from "./client.ts";
import { START_IMPORT } from "./imports.ts";
import { SEARCH } from "./queries.ts";

function answer(status: number, body: unknown) {
  const fetch = vi.fn(
    async (_url: string, _init: RequestInit) =>
      new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }),
  );
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe("request", () => {
  it("posts the operation as JSON with the bearer token and returns its data", async () => {
    const fetch = answer(200, { data: { search: [] } });
    await expect(request("t0k", SEARCH, { text: "smi", limit: 5 })).resolves.toEqual({ search: [] });
    const [url, init] = fetch.mock.calls[0]!;
    const headers = new Headers(init.headers);
    expect(url).toBe("/graphql");
    expect(headers.get("authorization")).toBe("Bearer t0k");
    expect(headers.get("content-type")).toBe("application/json");
    expect(JSON.parse(init.body as string)).toEqual({ query: SEARCH.toString(), variables: { text: "smi", limit: 5 } });
  });

  it("sends files as a GraphQL multipart request", async () => {
    const fetch = answer(200, { data: { startImport: { id: "J1" } } });
    const file = new File(["id,name\n"], "hcps.csv", { type: "text/csv" });
    await request("t0k", START_IMPORT, { file, kind: "HCPS", mode: "DRY_RUN", snapshot: false, force: false });
    const [, init] = fetch.mock.calls[0]!;
    const form = init.body as FormData;
    const headers = new Headers(init.headers);
    expect(headers.get("authorization")).toBe("Bearer t0k");
    expect(headers.get("content-type")).toBeNull();
    expect(JSON.parse(form.get("operations") as string)).toEqual({
      query: START_IMPORT.toString(),
      variables: { file: null, kind: "HCPS", mode: "DRY_RUN", snapshot: false, force: false },
    });
    expect(JSON.parse(form.get("map") as string)).toEqual({ 0: ["variables.file"] });
    expect((form.get("0") as File).name).toBe("hcps.csv");
  });

  it("turns a 401 into UnauthorizedError and GraphQL errors into GraphQLRequestError with their code and extensions", async () => {
    answer(401, { errors: [{ message: "nope" }] });
    await expect(request("t0k", SEARCH, { text: "smi" })).rejects.toBeInstanceOf(UnauthorizedError);
    answer(200, { data: null, errors: [{ message: "Not allowed", extensions: { code: "FORBIDDEN" } }] });
    await expect(request("t0k", SEARCH, { text: "smi" })).rejects.toEqual(
      new GraphQLRequestError("Not allowed", "FORBIDDEN", { code: "FORBIDDEN" }),
    );
    await expect(request("t0k", SEARCH, { text: "smi" }).catch((e: GraphQLRequestError) => e.code)).resolves.toBe("FORBIDDEN");
  });
});

describe("download", () => {
  it("fetches with the bearer token and words a failed status", async () => {
    const fetch = answer(404, {});
    await expect(download("t0k", "/imports/J1/errors.csv", (s) => `failed (${s})`)).rejects.toThrow("failed (404)");
    expect(new Headers(fetch.mock.calls[0]![1].headers).get("authorization")).toBe("Bearer t0k");
  });
});
