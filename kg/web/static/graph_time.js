// ---- the period control: a histogram of dated facts (SVG drawn here: by month, by year over six years;
// drag or click bars to choose a period) and two date fields, kept in step
var SVGNS = "http://www.w3.org/2000/svg", HIST_W = 266, HIST_H = 44;
var bins = [], brush = null;
function pad2(k) { return (k < 10 ? "0" : "") + k; }
function monthBin(y, m) {
  var key = y + "-" + pad2(m);
  return {key: key, from: key + "-01", to: key + "-" + pad2(new Date(Date.UTC(y, m, 0)).getUTCDate()), count: 0};
}
function makeBins(facts) {
  var months = Object.keys(facts).sort(), out = [], at = {};
  if (!months.length) { return out; }
  var y0 = +months[0].slice(0, 4), m0 = +months[0].slice(5, 7), last = months[months.length - 1];
  var y1 = +last.slice(0, 4), span = (y1 - y0) * 12 + (+last.slice(5, 7)) - m0 + 1, yearly = span > 72;
  if (yearly) {
    for (var y = y0; y <= y1; y++) { out.push({key: String(y), from: y + "-01-01", to: y + "-12-31", count: 0}); }
  } else {
    for (var i = 0; i < span; i++) { out.push(monthBin(y0 + Math.floor((m0 - 1 + i) / 12), (m0 - 1 + i) % 12 + 1)); }
  }
  out.forEach(function (b) { at[b.key] = b; });
  months.forEach(function (m) { at[yearly ? m.slice(0, 4) : m].count += facts[m]; });
  return out;
}
function binChosen(b) {
  if (!periodSet()) { return false; }
  return (!state.from || b.to >= state.from) && (!state.to || b.from <= state.to);
}
function drawHistogram() {
  var svg = $("histogram");
  if (!bins.length) { return; }
  svg.textContent = "";
  var top = Math.max.apply(null, bins.map(function (b) { return b.count; })) || 1, w = HIST_W / bins.length;
  bins.forEach(function (b, i) {
    var h = b.count ? Math.max(2, Math.round(HIST_H * b.count / top)) : 0;
    var picked = brush ? (i >= Math.min(brush.a, brush.b) && i <= Math.max(brush.a, brush.b)) : binChosen(b);
    var r = document.createElementNS(SVGNS, "rect");
    r.setAttribute("x", (i * w + 0.5).toFixed(1)); r.setAttribute("width", Math.max(1, w - 1).toFixed(1));
    r.setAttribute("y", String(HIST_H - h)); r.setAttribute("height", String(h));
    r.setAttribute("class", picked ? "bar picked" : "bar");
    var t = document.createElementNS(SVGNS, "title");
    t.textContent = b.key + ": " + b.count;
    r.appendChild(t);
    svg.appendChild(r);
  });
  $("hist-first").textContent = bins[0].key;
  $("hist-last").textContent = bins[bins.length - 1].key;
}
function binAt(ev) {
  var box = $("histogram").getBoundingClientRect();
  var i = Math.floor((ev.clientX - box.left) / box.width * bins.length);
  return Math.max(0, Math.min(bins.length - 1, i));
}
function setPeriod(from, to) {
  state.from = from || ""; state.to = to || "";
  $("date-from").value = state.from; $("date-to").value = state.to;
  refresh();
  drawHistogram();
  saveState(true);
}
function timeControl() {
  if (!data.meta.minDate) { return; }
  $("dates").hidden = false;
  bins = makeBins(data.meta.facts || {});
  var svg = $("histogram");
  svg.setAttribute("viewBox", "0 0 " + HIST_W + " " + HIST_H);
  svg.addEventListener("pointerdown", function (ev) {
    brush = {a: binAt(ev), b: binAt(ev)};
    if (svg.setPointerCapture) { svg.setPointerCapture(ev.pointerId); }
    drawHistogram();
  });
  svg.addEventListener("pointermove", function (ev) {
    if (brush) { brush.b = binAt(ev); drawHistogram(); }
  });
  svg.addEventListener("pointerup", function () {
    if (!brush) { return; }
    var lo = Math.min(brush.a, brush.b), hi = Math.max(brush.a, brush.b);
    brush = null;
    setPeriod(bins[lo].from, bins[hi].to);
    if (isPhone()) { fold(true); }  // a choice made: the graph shows again
  });
  ["date-from", "date-to"].forEach(function (id) {
    $(id).min = data.meta.minDate; $(id).max = data.meta.maxDate;
    $(id).addEventListener("change", function () { setPeriod($("date-from").value, $("date-to").value); });
  });
  $("period-all").addEventListener("click", function () { setPeriod("", ""); });
  $("date-from").value = state.from; $("date-to").value = state.to;
  drawHistogram();
}
