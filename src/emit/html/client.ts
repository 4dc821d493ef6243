/**
 * The page's script: plain DOM code, no library, no network. It reads the records from the
 * `qh-data` element and wires selection, filters, search and keys onto the markup that
 * page.ts wrote. Kept as text (the build has no DOM types); the browser tests run it.
 * Text from the records reaches the page only through textContent, never as markup.
 */
export const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('qh-data').textContent);
  var records = data.records;
  var body = document.body;
  var textPane = document.getElementById('text');
  var sidePane = document.getElementById('side');
  var here = document.getElementById('here');
  var detail = document.getElementById('detail');
  var search = document.getElementById('q');
  var selected = -1;
  var currentDiag = null;

  // what the search box looks in: every field value but the source position
  var hay = records.map(function (r) {
    var parts = [];
    (function walk(v) {
      if (v === null || v === undefined) return;
      if (Array.isArray(v)) v.forEach(walk);
      else if (typeof v === 'object') Object.keys(v).forEach(function (k) { if (k !== 'source') walk(v[k]); });
      else parts.push(String(v));
    })(r);
    return parts.join('\n').toLowerCase();
  });

  function marksOf(i) { return textPane.querySelectorAll('mark[data-r="' + i + '"]'); }
  function itemOf(i) { return document.getElementById('r' + i); }
  function visible(el) { return el.getClientRects().length > 0; }

  function select(i, from) {
    if (selected >= 0) {
      marksOf(selected).forEach(function (m) { m.classList.remove('sel'); });
      var old = itemOf(selected);
      if (old) old.classList.remove('sel');
    }
    selected = i;
    if (i < 0) { detail.textContent = ''; detail.remove(); return; }
    var marks = marksOf(i);
    marks.forEach(function (m) { m.classList.add('sel'); });
    var item = itemOf(i);
    // the whole record, under its outline entry
    detail.textContent = JSON.stringify(records[i], null, 2);
    if (item) { item.classList.add('sel'); item.appendChild(detail); }
    if (from !== 'text' && marks.length) marks[0].scrollIntoView({ block: 'center' });
    if (from !== 'outline' && item) item.scrollIntoView({ block: 'nearest' });
    body.dataset.selected = String(i);
  }

  // a click in the text selects the innermost record there and lists the others around it
  textPane.addEventListener('click', function (e) {
    var m = e.target.closest('mark');
    if (!m) { here.hidden = true; return; }
    var chain = [];
    for (var el = m; el && el !== textPane; el = el.parentElement)
      if (el.tagName === 'MARK' && !body.classList.contains('hide-t-' + records[el.dataset.r].type))
        chain.push(Number(el.dataset.r));
    if (!chain.length) return;
    here.textContent = '';
    here.append('Here: ');
    chain.forEach(function (i) {
      var b = document.createElement('button');
      var item = itemOf(i);
      b.textContent = records[i].type + ' ' + (item ? item.querySelector('.lab,.title').textContent : records[i].id);
      b.addEventListener('click', function () { select(i, 'here'); });
      here.append(b);
    });
    here.hidden = false;
    select(chain[0], 'text');
  });

  sidePane.addEventListener('click', function (e) {
    var link = e.target.closest('a[data-d]');
    if (link) { e.preventDefault(); goDiagnostic(document.getElementById(link.dataset.d)); return; }
    if (e.target.closest('#here, #detail')) return;
    var rec = e.target.closest('.rec[data-r]');
    if (rec) select(Number(rec.dataset.r), 'outline');
  });

  function goDiagnostic(note) {
    if (!note) return;
    note.scrollIntoView({ block: 'center' });
    if (currentDiag) currentDiag.classList.remove('flash');
    note.classList.remove('flash');
    void note.offsetWidth;
    note.classList.add('flash');
    currentDiag = note;
  }

  // filters: one class on the body per hidden type or severity; the style sheet does the rest
  document.querySelectorAll('header input[type=checkbox]').forEach(function (box) {
    box.addEventListener('change', function () {
      var cls = box.dataset.type ? 'hide-t-' + box.dataset.type : 'hide-s-' + box.dataset.sev;
      body.classList.toggle(cls, !box.checked);
    });
  });

  var counts = {};
  document.querySelectorAll('.chip[data-type] .n').forEach(function (n) { counts[n.parentElement.dataset.type] = n; });
  var timer = 0;
  function runSearch() {
    var q = search.value.trim().toLowerCase();
    var hits = {};
    records.forEach(function (r, i) {
      var item = itemOf(i);
      var ok = !q || hay[i].indexOf(q) >= 0;
      if (item) item.classList.toggle('nomatch', !ok);
      if (ok) hits[r.type] = (hits[r.type] || 0) + 1;
    });
    Object.keys(counts).forEach(function (t) {
      var total = counts[t].dataset.total;
      counts[t].textContent = q ? (hits[t] || 0) + '/' + total : total;
    });
  }
  search.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(runSearch, 80); });

  // keys: j/k next and previous record in the outline as filtered, d/D diagnostics, / search
  function step(list, current, by) {
    var at = list.indexOf(current);
    if (at < 0) return by > 0 ? list[0] : list[list.length - 1];
    return list[Math.min(list.length - 1, Math.max(0, at + by))];
  }
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target === search) {
      if (e.key === 'Escape') search.blur();
      if (e.key === 'Enter') {
        // the first record the search kept, so j/k go on from there
        clearTimeout(timer);
        runSearch();
        search.blur();
        var first = Array.prototype.find.call(sidePane.querySelectorAll('.rec[data-r]'), visible);
        if (first) select(Number(first.dataset.r), 'key');
      }
      return;
    }
    var key = e.key;
    if (key === 'j' || key === 'k') {
      var items = Array.prototype.filter.call(sidePane.querySelectorAll('.rec[data-r]'), visible);
      var next = step(items, itemOf(selected), key === 'j' ? 1 : -1);
      if (next) select(Number(next.dataset.r), 'key');
    } else if (key === 'd' || key === 'D') {
      var notes = Array.prototype.filter.call(textPane.querySelectorAll('.dg'), visible);
      goDiagnostic(step(notes, currentDiag, key === 'd' ? 1 : -1));
    } else if (key === '/') {
      search.focus();
    } else if (key === 'Escape') {
      select(-1);
      here.hidden = true;
    } else return;
    e.preventDefault();
  });
  body.dataset.ready = '1';
})();
`;
