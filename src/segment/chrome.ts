/**
 * Page chrome: what a government portal prints around a notice — navigation, breadcrumbs,
 * font-size and share tools, visit counters, "open on your phone" — and what a copy of
 * the page carries along. Such a line is never a header field; documents keep it in their
 * span or leave it outside every document.
 */
import {
  ARROW_CHARS,
  ARTICLE_META_LABELS,
  BRACKETED_TOOL_WORDS,
  FOOTER_WORDS,
  LOCATION_LABELS,
  NEIGHBOUR_LINK_LABELS,
  PAGE_TOOL_FILLERS,
  PAGE_TOOL_WORDS,
} from '../lexicon/page.js';
import { alternation } from '../lexicon/chars.js';

/**
 * A label and its colon opening the line: where-am-I (当前位置：首页 > 政务公开), the
 * article's meta line (发布时间：2014-11-13 来源：… 浏览次数：…) and the links to the
 * neighbouring articles (上一篇：…, 下一条：…), tried as one pattern: most lines open with none.
 */
const LABELLED = new RegExp(
  `^${alternation([...LOCATION_LABELS, ...ARTICLE_META_LABELS, ...NEIGHBOUR_LINK_LABELS])}\\s*[：:]`,
);
/**
 * The marks of the arrowed and the bracketed chrome below, looked for in one pass: most
 * lines hold neither an arrow nor a 【 (and a search for 【 alone cost as much as this).
 */
const ARROW_OR_BRACKET = new RegExp(`[${ARROW_CHARS}【]|^首页`);

/** where-am-I lines (首页 > 政务公开 > 政策文件) or items between two arrows; tried only on a line that holds an arrow */
const ARROW = new RegExp(`[${ARROW_CHARS}]|^首页`);
const ARROWED = new RegExp(`^首页\\s*[${ARROW_CHARS}/]|\\S\\s*[${ARROW_CHARS}]\\s*\\S.*[${ARROW_CHARS}]`);

/** a tool in brackets: 【打印本页】【关闭窗口】【切换】 */
const BRACKETED_TOOL = new RegExp(`【[^【】]{0,6}(?:${BRACKETED_TOOL_WORDS.join('|')})[^【】]{0,4}】`);

/** the site footer: 网站标识码 …, 青ICP备…号, 公网安备, 版权所有 */
const FOOTER = new RegExp(FOOTER_WORDS.join('|'), 'i');

const TOOL_RE = new RegExp(PAGE_TOOL_WORDS.join('|'));
const TOOLS = new RegExp(PAGE_TOOL_WORDS.join('|'), 'g');
const FILLERS = new RegExp(`[${PAGE_TOOL_FILLERS}【】[\\]|：:\\s·•/]`, 'g');

/** a short line made only of tool words and the little words between them (大 中 小, 到, ：) */
function isToolStrip(t: string): boolean {
  if (t.length > 60 || !TOOL_RE.test(t)) return false;
  const rest = t.replace(TOOLS, '').replace(FILLERS, '');
  return rest.length <= 4;
}

/** the line is page chrome, not part of any notice */
export function isChromeLine(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  // the anchored and one-character tests first: most lines fail them all at once
  return (
    LABELLED.test(t) ||
    (ARROW_OR_BRACKET.test(t) &&
      ((ARROW.test(t) && ARROWED.test(t)) || (t.includes('【') && BRACKETED_TOOL.test(t)))) ||
    (t.length <= 120 && FOOTER.test(t)) ||
    isToolStrip(t)
  );
}
