function (ec, root) {
  'use strict';
  // Number formatting shared by the browser and the server-side (goja) renderer.
  function expo(v, digits) {
    var s = v.toExponential(digits);
    var p = s.split('e');
    var m = p[0].indexOf('.') >= 0 ? p[0].replace(/0+$/, '').replace(/\.$/, '') : p[0];
    return m + 'e' + p[1].replace('+', '');
  }
  function fmtNum(v) { // tooltips: 4 significant digits
    if (typeof v !== 'number') return v == null ? '' : String(v);
    if (!isFinite(v)) return String(v);
    var a = Math.abs(v);
    if (a === 0) return '0';
    if (a >= 1e6 || a < 1e-3) return expo(v, 3);
    if (a >= 1e4) return String(Math.round(v));
    return String(Number(v.toPrecision(4)));
  }
  function fmtAxis(v) { // axis ticks: no float noise, exponent only when needed
    if (typeof v !== 'number' || !isFinite(v)) return String(v);
    var a = Math.abs(v);
    if (a === 0) return '0';
    if (a >= 1e5 || a < 1e-3) return expo(v, 2);
    return String(Number(v.toPrecision(6)));
  }
  function fmtPct(v) { return typeof v === 'number' ? Number((100 * v).toPrecision(4)) + '%' : String(v); }
  var NOTES = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'];
  function cnote(v, i) { var midi = (typeof i === 'number' ? i : 0) + 21; return midi % 12 === 0 ? 'C' + (midi / 12 - 1) : ''; }
  function fmtInt(v) { return typeof v === 'number' && Math.round(v) === v ? String(v) : ''; }
  var FN = { '@@int': fmtInt, '@@num': fmtNum, '@@axis': fmtAxis, '@@pct': fmtPct, '@@cnote': cnote };
  // revive replaces the marker strings of the JSON option by functions (data arrays are skipped).
  function revive(o) {
    if (Array.isArray(o)) { for (var i = 0; i < o.length; i++) { var v = o[i]; if (v && typeof v === 'object') o[i] = revive(v); else if (typeof v === 'string' && FN[v]) o[i] = FN[v]; } return o; }
    for (var k in o) {
      if (!Object.prototype.hasOwnProperty.call(o, k) || k === 'data') continue;
      var x = o[k];
      if (typeof x === 'string') { if (FN[x]) o[k] = FN[x]; }
      else if (x && typeof x === 'object') revive(x);
    }
    return o;
  }
  function clone(o) { return JSON.parse(JSON.stringify(o)); }
  // ssr renders an option (JSON text) to an SVG string without a DOM.
  function ssr(json, w, h) {
    var c = ec.init(null, null, { renderer: 'svg', ssr: true, width: w, height: h });
    try {
      var o = revive(JSON.parse(json));
      o.animation = false;
      c.setOption(o);
      return c.renderToSVGString();
    } finally { c.dispose(); }
  }
  function isDark() {
    var d = root.document; if (!d || !d.body) return false;
    var b = d.body, lt = b.getAttribute('data-jp-theme-light');
    if (lt === 'false') return true;
    if (lt === 'true') return false;
    var c = ' ' + b.className + ' ';
    if (c.indexOf(' vscode-dark ') >= 0 || c.indexOf(' vscode-high-contrast ') >= 0 && c.indexOf('vscode-high-contrast-light') < 0) return true;
    return false;
  }
  function find(a) {
    var d = root.document;
    var el = a.el;
    if (el && el.getAttribute && el.getAttribute('data-lumen-plot') === a.id && !el.getAttribute('data-lumen-done')) return el;
    var all = d.querySelectorAll('[data-lumen-plot="' + a.id + '"]');
    for (var i = 0; i < all.length; i++) if (!all[i].getAttribute('data-lumen-done')) return all[i];
    return null;
  }
  var charts = {};
  function render(a) {
    var el = find(a);
    if (!el || !el.isConnected) { // JupyterLab may run the script before the output is attached
      a.tries = (a.tries || 0) + 1;
      if (a.tries < 100) root.setTimeout(function () { render(a); }, 50);
      return;
    }
    var dark = isDark();
    var o = revive(clone(a.opt));
    if (dark) o.backgroundColor = 'transparent';
    var w = el.clientWidth || a.w;
    var box = root.document.createElement('div');
    box.style.width = '100%'; box.style.height = a.h + 'px';
    var saved = [];
    while (el.firstChild) saved.push(el.removeChild(el.firstChild));
    el.appendChild(box);
    var chart;
    try {
      chart = ec.init(box, dark ? 'dark' : null, { renderer: 'canvas', width: w, height: a.h });
      chart.setOption(o);
    } catch (e) { // keep the static picture if the live chart cannot be drawn
      try { if (chart) chart.dispose(); } catch (e2) {}
      el.removeChild(box);
      for (var i = 0; i < saved.length; i++) el.appendChild(saved[i]);
      if (root.console) root.console.error('lumen plot:', e);
      return null;
    }
    el.setAttribute('data-lumen-done', '1');
    charts[a.id] = chart;
    if (root.ResizeObserver) {
      var last = w;
      new root.ResizeObserver(function () {
        var cw = el.clientWidth;
        if (cw && cw !== last) { last = cw; chart.resize({ width: cw, height: a.h }); }
      }).observe(el);
    }
    return chart;
  }
  // update applies a new option to a chart already drawn in this page (live charts).
  function update(id, opt) {
    var c = charts[id];
    if (!c || c.isDisposed()) return false;
    c.setOption(revive(clone(opt)), { notMerge: false, lazyUpdate: true });
    return true;
  }
  return { version: ec.version, render: render, update: update, revive: revive, ssr: ssr, fmtNum: fmtNum, fmtAxis: fmtAxis };
}
