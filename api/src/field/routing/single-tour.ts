/**
 * The route solver on its own (`npm run route`): one closed tour from a home through every stop,
 * on great-circle distances. The input and output shapes are those of the command line.
 */
import { z } from "zod";
import { solveClosedTour } from "./closed-tour.ts";
import { haversineKm } from "./haversine.ts";

const pointSchema = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });

export const singleTourInputSchema = z
  .object({
    home: pointSchema,
    stops: z.array(pointSchema.extend({ id: z.string().min(1) })).max(5000),
  })
  .superRefine((input, ctx) => {
    const seen = new Map<string, number>();
    input.stops.forEach((s, i) => {
      const first = seen.get(s.id);
      if (first !== undefined) ctx.addIssue({ code: "custom", path: ["stops", i, "id"], message: `duplicate of stops[${first}].id` });
      else seen.set(s.id, i);
    });
  });

export type SingleTourInput = z.infer<typeof singleTourInputSchema>;

export interface SingleTour {
  order: string[];
  distanceKm: number;
}

export function solveSingleTour(input: SingleTourInput, opts: { seed?: number; rounds?: number } = {}): SingleTour {
  const points = [input.home, ...input.stops];
  const n = points.length;
  const cost = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) cost[i * n + j] = cost[j * n + i] = haversineKm(points[i]!, points[j]!);
  const tour = solveClosedTour({ n, cost }, opts);
  return { order: tour.order.map((k) => input.stops[k - 1]!.id), distanceKm: tour.cost };
}
