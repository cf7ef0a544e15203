// ---- the view in the URL fragment: #f=<focus>&e=<pair edge>&from=&to=&q=<search>&k=<class off>&c=<country
// off>&r=<link type off> (k, c, r repeat)&pa=<path start>&pb=<path end> (the shortest path shown, tools.js)
// &v=<x>,<y>,<zoom> (the centre in graph coordinates; only when it is not the opening view). Each choice adds a history entry, so back/forward and a shared link restore the
// view; zooming, panning and typing replace the current entry (a history step per wheel tick would bury
// the choices); reset (the button) and Esc go back to the opening view.
var lastHash = null, viewTimer = null;
function viewParam() {
  var o = state.openView;
  if (!o) { return ""; }
  var pos = network.getViewPosition(), s = network.getScale();
  var moved = Math.abs(pos.x - o.position.x) * s >= 2 || Math.abs(pos.y - o.position.y) * s >= 2;
  if (!moved && Math.abs(s / o.scale - 1) < 0.005) { return ""; }
  return [Math.round(pos.x * 10) / 10, Math.round(pos.y * 10) / 10, Number(s.toPrecision(4))].join(",");
}
function parseView(text) {
  var v = (text || "").split(",").map(Number);
  return v.length === 3 && v.every(isFinite) && v[2] > 0 ? {position: {x: v[0], y: v[1]}, scale: v[2]} : null;
}
// the user zoomed or panned: the current entry keeps the view once the gesture has paused
function viewMoved() {
  clearTimeout(viewTimer);
  viewTimer = setTimeout(function () { saveState(false); }, 250);
}
function encodeState() {
  var p = new URLSearchParams();
  if (state.focus !== null) { p.set("f", state.focus); }
  if (state.pair !== null) { p.set("e", String(state.pair)); }
  if (state.from !== cli.from) { p.set("from", state.from); }
  if (state.to !== cli.to) { p.set("to", state.to); }
  var q = $("search").value.trim();
  if (q) { p.set("q", q); }
  [["k", state.offKinds], ["c", state.offCountries], ["r", state.offRels]].forEach(function (x) {
    Object.keys(x[1]).sort().forEach(function (key) { if (x[1][key]) { p.append(x[0], key); } });
  });
  var path = window.igkgPath;
  if (path && path.length > 1) { p.set("pa", path[0]); p.set("pb", path[path.length - 1]); }
  var v = viewParam();
  if (v) { p.set("v", v); }
  return p.toString();
}
// push: a new history entry (a choice); else the current entry is replaced (typing in the search box)
function saveState(push) {
  if (state.applying) { return; }
  var h = encodeState();
  if (h === location.hash.replace(/^#/, "")) { return; }
  lastHash = h;
  if (push) { location.hash = h; } else { location.replace("#" + h); }
}
function setOff(offMap, keys) {
  Object.keys(offMap).forEach(function (k) { delete offMap[k]; });
  keys.forEach(function (k) { offMap[k] = true; });
}
function applyState(hash) {
  var p = new URLSearchParams(hash.replace(/^#/, ""));
  state.applying = true;
  try {
    setOff(state.offKinds, p.getAll("k")); setOff(state.offCountries, p.getAll("c")); setOff(state.offRels, p.getAll("r"));
    markLegends();
    state.from = p.has("from") ? p.get("from") : cli.from;
    state.to = p.has("to") ? p.get("to") : cli.to;
    $("date-from").value = state.from; $("date-to").value = state.to;
    refresh();
    drawHistogram();
    $("search").value = p.get("q") || "";
    showHits($("search").value);
    var focus = p.get("f"), pair = data.edges[Number(p.get("e"))], stored = parseView(p.get("v"));
    var view = stored || state.openView;
    // the entry's view first (none stored: it was the opening view); a stored view is moved by the focus
    // only if the node is not in the free part of this screen (a link opened on a smaller one)
    if (view) { network.moveTo({position: view.position, scale: view.scale, animation: false}); }
    if (focus && byId[focus]) { focusOn(focus, {quiet: true, keepView: !!stored}); }
    else if (p.has("e") && pair && pair.pair) { pairPanel(pair, true); }
    else { clearFocus(true); }
    applyPath(p);
  } finally {
    state.applying = false;
  }
}
// the path of the entry (tools.js draws it; not loaded yet at the first call, it applies the hash itself)
function applyPath(p) {
  var tools = window.igkgTools;
  if (!tools) { return; }
  var a = p.get("pa"), b = p.get("pb"), shown = window.igkgPath;
  if (a && b && byId[a] && byId[b]) {
    if (!shown || shown[0] !== a || shown[shown.length - 1] !== b) { tools.path(a, b, {quiet: true}); }
  } else if (shown) {
    tools.clearPath();
  }
}
window.addEventListener("hashchange", function () {
  var h = location.hash.replace(/^#/, "");
  if (h === lastHash) { return; }  // the page's own change
  lastHash = h;
  applyState(h);
});
function resetView() {
  clearFocus(true);
  if (window.igkgTools) { window.igkgTools.clearPath(); }
  setOff(state.offKinds, []); setOff(state.offCountries, []); setOff(state.offRels, []);
  markLegends();
  state.from = cli.from; state.to = cli.to;
  $("date-from").value = state.from; $("date-to").value = state.to;
  $("search").value = ""; showHits("");
  refresh();
  drawHistogram();
  if (state.openView) { network.moveTo({position: state.openView.position, scale: state.openView.scale, animation: false}); }
  saveState(true);
}
// Esc: leave the focus first; with nothing focused, reset the whole view
document.addEventListener("keydown", function (ev) {
  if (ev.key !== "Escape") { return; }
  if (state.focus !== null || state.pair !== null) { clearFocus(); } else { resetView(); }
});
