import { LINE_EM } from './text-view.js';

/** one hue per record type; a kind the page does not know gets grey */
const HUES: Record<string, number> = {
  document: 220,
  project: 35,
  task: 205,
  activity: 130,
  contact: 280,
  member: 330,
  table: 175,
};

const SEVERITIES = ['error', 'warning', 'info'];

/** the rules that depend on the record types present: colours and the type filters */
function typeRules(types: string[]): string {
  return types
    .map((t) => {
      const hue = HUES[t];
      const [bg, line] =
        hue === undefined
          ? ['hsla(0,0%,50%,.15)', 'hsl(0,0%,45%)']
          : t === 'document'
            ? [`hsla(${hue},40%,60%,.06)`, `hsl(${hue},25%,70%)`]
            : [`hsla(${hue},85%,55%,.16)`, `hsl(${hue},70%,40%)`];
      return (
        `.k-${t}{--bg:${bg};--line:${line}}` +
        `body.hide-t-${t} .rec.k-${t},body.hide-t-${t} .grp.g-${t}{display:none}` +
        `body.hide-t-${t} mark.k-${t}{background:none;border-bottom-color:transparent}`
      );
    })
    .join('\n');
}

function severityRules(): string {
  return SEVERITIES.map((s) => `body.hide-s-${s} .dg.s-${s},body.hide-s-${s} #diags li.s-${s}{display:none}`).join(
    '\n',
  );
}

const BASE = `
:root{--err:#c62828;--warn:#b26a00;--info:#3d6fb4;--sel:#ff6d00;font:14px/1.55 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1d232a}
*{box-sizing:border-box}
body{margin:0;height:100vh;display:grid;grid-template-rows:auto 1fr;overflow:hidden}
header{padding:6px 12px;border-bottom:1px solid #d5dae0;background:#f6f8fa;display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center}
header h1{font-size:15px;margin:0}
.meta,.keys{color:#5c6670;font-size:12px}
.chips{display:flex;flex-wrap:wrap;gap:4px}
.chip{display:inline-flex;align-items:center;gap:4px;padding:1px 8px 1px 4px;border:1px solid #d5dae0;border-radius:12px;background:#fff;font-size:12px;cursor:pointer;user-select:none}
.chip input{margin:0}
.chip .n{color:#5c6670}
.sw{display:inline-block;width:10px;height:10px;border-radius:2px;background:var(--bg);border:2px solid var(--line);margin-right:4px;vertical-align:-1px}
#q{width:16em;padding:3px 6px;border:1px solid #c2c8cf;border-radius:4px}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);min-height:0}
.pane{overflow:auto;min-height:0}
#text{padding:0 12px 40vh 0;border-right:1px solid #d5dae0}
#side{padding:0 12px}
#outline{padding-bottom:40vh}
.file>h2,#side h2{position:sticky;top:0;z-index:2;margin:0;padding:6px 12px;font-size:13px;background:#eef1f4;border-bottom:1px solid #d5dae0}
.src{font-family:ui-monospace,"Noto Sans Mono CJK SC",monospace;font-size:13px}
.blk{content-visibility:auto}
.ln{white-space:pre-wrap;overflow-wrap:anywhere;padding-left:4.2em;text-indent:-4.2em;min-height:${LINE_EM}em;line-height:${LINE_EM}}
.ln::before{content:attr(data-n);display:inline-block;width:3.4em;margin-right:.8em;text-align:right;color:#9aa3ad;text-indent:0;user-select:none}
mark{background:var(--bg);color:inherit;border-bottom:2px solid var(--line);cursor:pointer}
mark.d1{padding-bottom:2px}mark.d2{padding-bottom:4px}mark.d3{padding-bottom:6px}mark.d4,mark.d5{padding-bottom:8px}
mark.sel{background:hsla(25,100%,60%,.35);outline:2px solid var(--sel)}
.dg{margin:2px 0 4px 4.2em;padding:2px 8px;border-left:4px solid;border-radius:2px;font-size:12px;white-space:normal}
.dg.s-error{border-color:var(--err);background:#fdecea}.dg.s-warning{border-color:var(--warn);background:#fff4e0}.dg.s-info{border-color:var(--info);background:#eaf1fb}
.dg .code,#diags .code{font-weight:600}
.flash{animation:flash 1.2s ease-out}
@keyframes flash{from{box-shadow:0 0 0 3px var(--sel)}to{box-shadow:0 0 0 3px transparent}}
#files ol,#diags ol,.grp ol{list-style:none;margin:0;padding:0}
#files li a{display:block;padding:2px 4px}
#diags{margin:6px 0}
#diags summary,.grp summary{cursor:pointer;font-weight:600;font-size:13px}
#diags ol{max-height:40vh;overflow:auto}
#diags li{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;font-size:12px;padding:2px 4px 2px 8px;border-left:4px solid;margin:2px 0}
#diags li.s-error{border-color:var(--err)}#diags li.s-warning{border-color:var(--warn)}#diags li.s-info{border-color:var(--info)}
#diags a{color:inherit}
#here{position:sticky;top:34px;z-index:1;background:#fffbe6;border:1px solid #f0d98c;padding:4px 8px;font-size:12px;margin:6px 0}
#here[hidden]{display:none}
#here button{font:inherit;border:0;background:none;padding:0 6px 0 0;color:#0b57d0;cursor:pointer;text-align:left}
.doc{margin:8px 0 14px;content-visibility:auto;contain-intrinsic-size:auto 600px}
.dochead{padding:6px 8px;background:#eef1f4;border-radius:4px;cursor:pointer}
.dochead .num{font-weight:600}.dochead .date,.dochead .kind{color:#5c6670;font-size:12px}
.dochead .title{font-size:13px}
.grp{margin:4px 0 4px 8px}
.rec{cursor:pointer}
.grp .rec{padding:3px 6px;margin:2px 0;border-left:4px solid var(--line);background:var(--bg);border-radius:2px}
.rec .lab{font-weight:500}
.rec dl{display:grid;grid-template-columns:max-content 1fr;gap:0 8px;margin:2px 0 0;font-size:12px;color:#3a434c}
.rec dt{color:#7a848e}.rec dd{margin:0;overflow-wrap:anywhere}
.rec.sel{outline:2px solid var(--sel);outline-offset:1px}
.rec.nomatch{display:none}
.badge{display:inline-block;margin-left:6px;padding:0 5px;border-radius:8px;color:#fff;font-size:11px;font-weight:600}
.badge.s-error{background:var(--err)}.badge.s-warning{background:var(--warn)}.badge.s-info{background:var(--info)}
#detail{white-space:pre-wrap;cursor:text;font:12px/1.4 ui-monospace,monospace;background:#f6f8fa;border:1px solid #d5dae0;padding:6px;margin:6px 0;max-height:40vh;overflow:auto}
#detail:empty{display:none}
`;

/** the page's style sheet: layout, one colour per record type, filter rules */
export function styles(types: string[]): string {
  return BASE + typeRules(types) + '\n' + severityRules() + '\n';
}
