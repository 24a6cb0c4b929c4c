import type { Page } from "playwright-core";

/** Sends one GraphQL operation as a user of the development login; returns data and errors as the API answered. */
export async function graphqlAs(apiUrl: string, userId: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${apiUrl}/auth/dev/token`, { method: "POST", body: JSON.stringify({ userId }) });
  const { token } = (await res.json()) as { token: string };
  const answer = await fetch(`${apiUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await answer.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** Signs a user in through the development login picker, from a clean tab session. */
export async function signIn(page: Page, apiUrl: string, userId: string): Promise<void> {
  await page.goto(apiUrl);
  await page.evaluate(() => sessionStorage.clear());
  await page.goto(apiUrl);
  await page.getByTestId("login-filter").fill(userId);
  await page.getByTestId(`login-user-${userId}`).click();
  await page.getByTestId("current-user").waitFor();
}
