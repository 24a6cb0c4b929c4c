/** The organization table's sort: clicking the sorted column turns it around, another column sorts it highest first. */
import type { ExperienceSort } from "../../api/experience-types.ts";

export interface TableSort {
  by: ExperienceSort;
  descending: boolean;
}

export const nextSort = (current: TableSort, by: ExperienceSort): TableSort =>
  current.by === by ? { by, descending: !current.descending } : { by, descending: by !== "NAME" };

/** The aria-sort of a column header. */
export const ariaSort = (current: TableSort, by: ExperienceSort) =>
  current.by !== by ? "none" : current.descending ? "descending" : "ascending";
