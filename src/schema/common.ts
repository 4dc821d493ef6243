import { z } from 'zod';

export const SourceSchema = z
  .object({
    file: z.string(),
    startLine: z.number().int().min(1),
    endLine: z.number().int().min(1),
    startOffset: z.number().int().min(0),
    endOffset: z.number().int().min(0),
  })
  .refine((s) => s.endLine >= s.startLine && s.endOffset >= s.startOffset, { message: 'source range runs backwards' });

/** ISO date as the SPEC allows: YYYY-MM-DD, YYYY-MM, or YYYY-MM-DDTHH:mm (local time) */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2}(T\d{2}:\d{2})?)?$/, 'not an ISO date (YYYY-MM[-DD[THH:mm]])');

export const StringList = z.array(z.string().min(1));

/** fields every record carries */
export function recordBase<T extends string>(type: T) {
  return {
    type: z.literal(type),
    id: z.string().min(1),
    docId: z.string().min(1),
    source: SourceSchema,
  };
}
