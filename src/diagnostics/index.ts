export {
  listDiagnosticCodes,
  severityOf,
  isDiagnosticCode,
  type DiagnosticCode,
  type DiagnosticCodeInfo,
} from './codes.js';
export { diagnostic, placeNote, type DiagnosticNote, type DiagnosticPlace } from './create.js';
export { codesMarkdown } from './markdown.js';
