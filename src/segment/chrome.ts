/**
 * Page chrome: what a government portal prints around a notice — navigation, breadcrumbs,
 * font-size and share tools, visit counters, "open on your phone" — and what a copy of
 * the page carries along. Such a line is never a header field; documents keep it in their
 * span or leave it outside every document.
 */
import {
  ARTICLE_META_LABELS,
  BRACKETED_TOOL_WORDS,
  LOCATION_LABELS,
  PAGE_TOOL_FILLERS,
  PAGE_TOOL_WORDS,
} from '../lexicon/page.js';

/** where-am-I lines: 首页 > 政务公开 > 政策文件, 当前位置：… */
const LOCATION = new RegExp(`^(?:${LOCATION_LABELS.join('|')})\\s*[：:]`);
/** 首页 > …, or items between two arrows; tried only on a line that holds an arrow */
const ARROW = /[>＞›»]|^首页/;
const ARROWED = /^首页\s*[>＞›»/]|\S\s*[>＞›»]\s*\S.*[>＞›»]/;

/** a tool in brackets: 【打印本页】【关闭窗口】【切换】 */
const BRACKETED_TOOL = new RegExp(`【[^【】]{0,6}(?:${BRACKETED_TOOL_WORDS.join('|')})[^【】]{0,4}】`);

/** the article's meta line: 发布时间：2014-11-13 来源：… 浏览次数：… */
const META_LINE = new RegExp(`^(?:${ARTICLE_META_LABELS.join('|')})\\s*[：:]`);

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
    LOCATION.test(t) ||
    META_LINE.test(t) ||
    (ARROW.test(t) && ARROWED.test(t)) ||
    (t.includes('【') && BRACKETED_TOOL.test(t)) ||
    isToolStrip(t)
  );
}
