import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isChromeLine } from '../../src/segment/chrome.js';
import { indexPairs, isIndexLine, isLabelValue, readIndexBlock } from '../../src/segment/index-block.js';
import { parseSnippet } from '../helpers/parse.js';

const CHROME = [
  '首页 > 政务公开 > 政策文件',
  '当前位置：首页>信息公开>通知公告',
  '国内政策【切换】 国际政策',
  '字号：大 中 小   分享到：   打印   关闭',
  '【打印本页】【关闭窗口】',
  '扫一扫在手机打开当前页',
  '发布时间：2014-11-13   来源：办公室   浏览次数：88',
  '来源：市应急管理局    作者：办公室    编辑：王某',
  '【字体：大 中 小】  【打印】  【关闭】',
  '上一篇：某某市人民政府关于公布历史建筑名录的通知',
  '下一篇：某某市人民政府关于做好安全生产工作的通知',
  '网站标识码：6300000001    青ICP备12000000号-1',
];
const INDEX = [
  '索 引 号：000000/2019-00001      主题分类：综合政务',
  '发文机关：某某省人民政府办公厅',
  '成文日期：2019年07月01日',
  '| 文  号: | 某政办〔2019〕9号 | 发布日期: | 2019-07-03 |',
  '信息分类：通知公告',
  '  • 索引号:\n    000000/2019-00002',
  '  • 发文字号:\n    某政发〔2019〕8号',
  '  • 发文日期:\n    2019年03月01日 16:40',
  '  • 主题分类:',
];

describe('page chrome', () => {
  it.each(CHROME)('knows %s', (l) => expect(isChromeLine(l)).toBe(true));
  it.each([
    '青海省人民政府办公厅关于做好春季植树造林工作的通知',
    '一、提高认识，加强领导',
    '各市、自治州人民政府，省政府各委、办、厅、局：',
    '请各地于5月底前报送工作情况，并关闭不达标企业。',
    '主办单位：某某市文化和旅游局',
  ])('leaves %s alone', (l) => expect(isChromeLine(l)).toBe(false));
});

describe('index blocks', () => {
  it('reads spaced labels, several pairs a line, pipes and a colonless 文号', () => {
    expect(indexPairs('| 索 引 号: | 1163/2018-1 | 主题分类: | 农业 |')).toEqual([
      { label: '索引号', field: 'other', value: '1163/2018-1' },
      { label: '主题分类', field: 'other', value: '农业' },
    ]);
    expect(readIndexBlock(['文  号  海西政办〔2020〕45号']).docNumber).toBe('海西政办〔2020〕45号');
  });

  it('reads a bullet list whose values stand on the line below their labels', () => {
    const lines = [
      '  • 索引号:',
      '    000/2024-01',
      '  • 发文机构:',
      '    某某县人民政府',
      '  • 发文字号:',
      '    某政发〔2024〕9号',
    ];
    const f = readIndexBlock(lines);
    expect(f.docNumber).toBe('某政发〔2024〕9号');
    expect(f.issuers).toEqual(['某某县人民政府']);
    expect(isLabelValue('  • 内容概述:', '某某县人民政府关于印发防汛预案的通知')).toBe(false);
  });

  it('takes a label without its colon only where the value proves it', () => {
    expect(isIndexLine('名称 数量 金额')).toBe(false);
    expect(isIndexLine('标题 关于做好工作的通知')).toBe(false);
    expect(isIndexLine('成文日期 2020年1月1日')).toBe(true);
  });

  // any chrome and index-block lines above a notice leave its header as it was, except the
  // fields the index block supplies and the notice lacks
  it('never lets chrome or index lines change a header field they do not supply', () => {
    const notice =
      '某某州人民政府关于加强森林防火工作的通知\n各县人民政府，州政府各部门：\n请做好防火工作。\n某某州人民政府\n2019年3月2日\n（此件公开发布）\n';
    const plain = parseSnippet(notice).records.documents[0];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHROME, ...INDEX, ''), { maxLength: 8 }), (above) => {
        const doc = parseSnippet(above.join('\n') + '\n' + notice).records.documents;
        expect(doc).toHaveLength(1);
        const supplied = readIndexBlock(above.join('\n').split('\n'));
        const d = doc[0];
        expect(d.title).toBe(plain.title);
        expect(d.addressees).toEqual(plain.addressees);
        expect(d.publicRelease).toBe(plain.publicRelease);
        expect(d.issuers).toEqual(plain.issuers);
        expect(d.signedDate).toBe(plain.signedDate ?? supplied.signedDate);
        expect(d.docNumber).toBe(plain.docNumber ?? supplied.docNumber);
        expect(d.publishedDate).toBe(plain.publishedDate ?? supplied.publishedDate);
      }),
      { numRuns: 150 },
    );
  });
});
