import { z } from 'zod';

export const Severity = z.enum(['error', 'warning', 'info']);

export const DiagnosticSchema = z.object({
  severity: Severity,
  code: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'codes are kebab-case'),
  message: z.string(),
  file: z.string(),
  line: z.number().int().min(0),
  /** last line of a passage the diagnostic covers (SPEC: optional endLine) */
  endLine: z.number().int().min(0).optional(),
  recordId: z.string().optional(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type SeverityLevel = z.infer<typeof Severity>;
