/**
 * The one place where text becomes markup. Every string from the input or from a record
 * goes through `html` (element text and attribute values alike) or `scriptJson` (data for
 * the page's script), exactly once.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // the HTML parser turns a raw CR (and CR LF) into LF: a reference keeps the decoded text exact
  '\r': '&#13;',
};

const NEEDS_ESCAPE = /[&<>"'\r]/g;

/** text or an attribute value, escaped for HTML */
export function html(text: string): string {
  return text.replace(NEEDS_ESCAPE, (c) => HTML_ESCAPES[c]);
}

/**
 * A value as JSON inside a `<script type="application/json">` element: `<` is written as
 * `\u003c`, so no `</script>` or `<!--` inside the data can end the element early, and the
 * line and paragraph separators, which old engines refuse in script text, are escaped too.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
