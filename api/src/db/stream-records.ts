import type { Driver } from "neo4j-driver";

/** Streams the records of a read query, 10k per fetch, so whole-graph reads stay out of memory. */
export async function streamRecords(
  driver: Driver,
  query: string,
  params: Record<string, unknown>,
  onRecord: (r: { get(key: string): unknown }) => void,
): Promise<void> {
  const session = driver.session({ defaultAccessMode: "READ", fetchSize: 10_000 });
  try {
    await new Promise<void>((resolve, reject) => {
      session.run(query, params).subscribe({ onNext: onRecord, onCompleted: () => resolve(), onError: reject });
    });
  } finally {
    await session.close();
  }
}
