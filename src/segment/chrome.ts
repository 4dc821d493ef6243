/**
 * Page chrome: what a government portal prints around a notice — navigation, breadcrumbs,
 * font-size and share tools, visit counters, "open on your phone" — and what a copy of
 * the page carries along. Such a line is never a header field; documents keep it in their
 * span or leave it outside every document.
 */

/** words of the tool strips and counters around a portal's article */
const TOOL_WORDS = [
  '字号',
  '字体',
  '分享到',
  '分享',
  '打印',
  '关闭',
  '收藏',
  '浏览次数',
  '访问次数',
  '点击数',
  '阅读次数',
  '扫一扫',
  '手机打开',
  '返回顶部',
  '切换',
  '责任编辑',
  '纠错',
  '下载',
];

/** where-am-I lines: 首页 > 政务公开 > 政策文件, 当前位置：… */
const BREADCRUMB = /^(?:当前位置|您的位置|您现在的位置|所在位置)\s*[：:]|^首页\s*[>＞›»/]|\S\s*[>＞›»]\s*\S.*[>＞›»]/;

/** a tool in brackets: 【打印本页】【关闭窗口】【切换】 */
const BRACKETED_TOOL = /【[^【】]{0,6}(?:打印|关闭|切换|收藏|大|中|小|纠错|分享)[^【】]{0,4}】/;

/** the article's meta line: 发布时间：2014-11-13 来源：… 浏览次数：… */
const META_LINE = /^(?:发布时间|来源|信息来源|作者|编辑|责任编辑|浏览次数|点击数)\s*[：:]/;

/** links to the neighbouring articles: 上一篇：…, 下一条：… */
const NEIGHBOUR_LINK = /^(?:上一篇|下一篇|上一条|下一条|上一页|下一页|相关链接|相关文章|相关阅读)\s*[：:]/;

/**
 * the site footer: 网站标识码 …, 青ICP备…号, 公网安备, 版权所有. A 主办单位： line alone is not
 * taken: an activity notice prints one in its body.
 */
const FOOTER = /网站标识码|ICP备|公网安备|版权所有|Copyright|©/i;

const TOOL_RE = new RegExp(TOOL_WORDS.join('|'));

/** a short line made only of tool words and the little words between them (大 中 小, 到, ：) */
function isToolStrip(t: string): boolean {
  if (t.length > 60 || !TOOL_RE.test(t)) return false;
  const rest = t.replace(new RegExp(TOOL_WORDS.join('|'), 'g'), '').replace(/[大中小到本页窗口【】[\]|：:\s·•/]/g, '');
  return rest.length <= 4;
}

/** the line is page chrome, not part of any notice */
export function isChromeLine(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  return (
    BREADCRUMB.test(t) ||
    BRACKETED_TOOL.test(t) ||
    META_LINE.test(t) ||
    NEIGHBOUR_LINK.test(t) ||
    (t.length <= 120 && FOOTER.test(t)) ||
    isToolStrip(t)
  );
}
