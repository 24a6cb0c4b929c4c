/** Customer satisfaction: the share of 4 and 5 answers among all answers on a 1-5 scale, in %. */
export interface Csat {
  score: number | null;
  responses: number;
  satisfied: number;
  /** Answers by score 1..5. */
  distribution: number[];
}

/** `byScore`: 5 answer counts, for scores 1..5. */
export function csat(byScore: readonly number[]): Csat {
  const distribution = [...byScore];
  const responses = distribution.reduce((s, x) => s + x, 0);
  const satisfied = distribution[3]! + distribution[4]!;
  return { score: responses > 0 ? (100 * satisfied) / responses : null, responses, satisfied, distribution };
}
