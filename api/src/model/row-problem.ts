/** One thing wrong with a file, said so that the person fixing it finds it: row, column, value, message. */
export interface RowProblem {
  /** 0 for problems of the whole file (missing columns, guards). */
  row: number;
  column: string;
  value: string;
  message: string;
}
