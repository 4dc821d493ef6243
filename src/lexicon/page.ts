/**
 * The words of a government portal's page around a notice: the tool strips and counters
 * (字号 大 中 小, 分享, 打印 …), the where-am-I labels, the article's meta labels, and the
 * labels of the index block above a notice (索引号, 发文字号, 成文日期 …) with the field of
 * the notice each fills.
 */

/** words of the tool strips and counters around a portal's article */
export const PAGE_TOOL_WORDS = [
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

/** the little words between tools in a strip and in a bracketed tool: 大 中 小 (font size), 到, 本页, 窗口 */
export const PAGE_TOOL_FILLERS = '大中小到本页窗口';

/** tools printed in brackets: 【打印本页】【关闭窗口】【大】 */
export const BRACKETED_TOOL_WORDS = ['打印', '关闭', '切换', '收藏', '大', '中', '小', '纠错', '分享'];

/** the arrows between the steps of a where-am-I line (首页 > 政务公开 › 通知公告), as regex class characters */
export const ARROW_CHARS = '>＞›»';

/** the labels of a where-am-I line: 当前位置：首页 > … */
export const LOCATION_LABELS = ['当前位置', '您的位置', '您现在的位置', '所在位置'];

/** the labels of an article's meta line: 发布时间：… 来源：… 浏览次数：… */
export const ARTICLE_META_LABELS = ['发布时间', '来源', '信息来源', '作者', '编辑', '责任编辑', '浏览次数', '点击数'];

/** the labels of the links to the neighbouring articles: 上一篇：…, 下一条：… */
export const NEIGHBOUR_LINK_LABELS = [
  '上一篇',
  '下一篇',
  '上一条',
  '下一条',
  '上一页',
  '下一页',
  '相关链接',
  '相关文章',
  '相关阅读',
];

/**
 * words of a site footer: 网站标识码, 青ICP备…号, 公网安备, 版权所有. 主办单位 is not among
 * them: an activity notice prints a 主办单位： line in its body.
 */
export const FOOTER_WORDS = ['网站标识码', 'ICP备', '公网安备', '版权所有', 'Copyright', '©'];

/** the field of the notice an index-block label fills; `other` for fields the record has no place for */
export type IndexField = 'docNumber' | 'issuers' | 'signedDate' | 'publishedDate' | 'title' | 'other';

/** index-block labels and the field each fills */
export const INDEX_LABELS: ReadonlyArray<[string, IndexField]> = [
  ['索引号', 'other'],
  ['主题分类', 'other'],
  ['信息分类', 'other'],
  ['体裁分类', 'other'],
  ['组配分类', 'other'],
  ['服务对象', 'other'],
  ['公开方式', 'other'],
  ['公开范围', 'other'],
  ['有效性', 'other'],
  ['生效日期', 'other'],
  ['废止日期', 'other'],
  ['信息来源', 'other'],
  ['来源', 'other'],
  ['作者', 'other'],
  ['责任编辑', 'other'],
  ['编辑', 'other'],
  ['内容概述', 'other'],
  ['发文机关', 'issuers'],
  ['发文机构', 'issuers'],
  ['发布机构', 'issuers'],
  ['发文单位', 'issuers'],
  ['成文日期', 'signedDate'],
  ['发文日期', 'signedDate'],
  ['印发日期', 'signedDate'],
  ['发布日期', 'publishedDate'],
  ['发布时间', 'publishedDate'],
  ['公开日期', 'publishedDate'],
  ['标题', 'title'],
  ['名称', 'title'],
  ['发文字号', 'docNumber'],
  ['文号', 'docNumber'],
];
