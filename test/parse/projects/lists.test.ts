import { describe, expect, it } from 'vitest';
import { splitNames, splitParties, splitPlaces } from '../../../src/parse/projects/lists.js';

describe('project list cells', () => {
  it('splits parties on 、 and on spaces after a complete unit name, never inside brackets', () => {
    expect(splitParties('中交隧道工程局有限公司、中交第二公路工程局有限公司')).toEqual([
      '中交隧道工程局有限公司',
      '中交第二公路工程局有限公司',
    ]);
    expect(splitParties('山东日照市宏远商贸有限公司 陕西粮农有限公司')).toEqual([
      '山东日照市宏远商贸有限公司',
      '陕西粮农有限公司',
    ]);
    expect(splitParties('ELSAID AHMED DEYAB HARHASH')).toEqual(['ELSAID AHMED DEYAB HARHASH']);
    expect(splitParties('哈尔滨银行（按实际 引入资金计）')).toEqual(['哈尔滨银行（按实际引入资金计）']);
    expect(splitParties('青海金迈投资有限公司（门源华热白牦牛种牛繁育基地有限公司）')).toHaveLength(1);
  });

  it('splits people on spaces and joins single-character fragments', () => {
    expect(splitNames('孙 静')).toEqual(['孙静']);
    expect(splitNames('海吉忠 周心龙')).toEqual(['海吉忠', '周心龙']);
    expect(splitNames('王 彤 李 静')).toEqual(['王彤', '李静']);
    expect(splitNames('张三、李四')).toEqual(['张三', '李四']);
  });

  it('splits places on spaces and 、', () => {
    expect(splitPlaces('英国 美国 日本')).toEqual(['英国', '美国', '日本']);
    expect(splitPlaces('北京、苏州')).toEqual(['北京', '苏州']);
  });
});
