import { z } from 'zod';
import { recordBase } from './common.js';

export const TableSchema = z.object({
  ...recordBase('table'),
  title: z.string().nullable(),
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  /** [row, column] of cells left blank under a merged cell of the PDF: blank on purpose, not lost */
  mergedBlanks: z.array(z.tuple([z.number().int(), z.number().int()])),
  /** 1-based line of each row, for tracing a row back to its passage */
  rowLines: z.array(z.number().int()),
});
export type TableRecord = z.infer<typeof TableSchema>;
