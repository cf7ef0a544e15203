// ---- what is drawn: legend toggles and the period; "N of M shown" and the active filters
function periodSet() { return !!(state.from || state.to); }
function inRange(dates) {
  if (!periodSet()) { return true; }
  var monthly = data.meta.dateUnit === "month", from = state.from, to = state.to;
  if (monthly) { from = from.slice(0, 7); to = to.slice(0, 7); }
  return dates.some(function (d) {
    if (monthly) { d = d.slice(0, 7); }
    return (!from || d >= from) && (!to || d <= to);
  });
}
// In a period an actor is drawn when one of its links in time (met, signed) has a date in it; an actor
// with no such link at all (a country, linked by posts) when it is linked to an actor that is drawn so.
function computeShown() {
  var active = {}, shown = {}, edgeShown = {}, period = periodSet();
  if (period) {
    data.edges.forEach(function (e) {
      if (e.timed && e.dated && inRange(e.dates)) { active[e.from] = true; active[e.to] = true; }
    });
  }
  data.nodes.forEach(function (n) {
    var on = !state.offKinds[n.kind] && !(n.country && state.offCountries[n.country]);
    if (on && period && !active[n.id]) {
      on = !n.timed && adj[n.id].some(function (e) { return active[e.from === n.id ? e.to : e.from]; });
    }
    shown[n.id] = on;
  });
  data.edges.forEach(function (e) {
    var on = shown[e.from] && shown[e.to] && !state.offRels[e.rel];
    edgeShown[e.id] = on && (!period || !e.timed || (e.dated && inRange(e.dates)));
  });
  return {nodes: shown, edges: edgeShown};
}
function refresh() {
  var now = computeShown(), nodeChanges = [], edgeChanges = [];
  data.nodes.forEach(function (n) {  // vis draws a node unless told otherwise: undefined is shown
    if ((state.shown[n.id] !== false) !== now.nodes[n.id]) { nodeChanges.push({id: n.id, hidden: !now.nodes[n.id]}); }
  });
  data.edges.forEach(function (e) {
    if ((state.edgeShown[e.id] !== false) !== now.edges[e.id]) { edgeChanges.push({id: e.id, hidden: !now.edges[e.id]}); }
  });
  state.shown = now.nodes; state.edgeShown = now.edges;
  setHidden(nodes, network.nodesHandler, "nodesListeners", network.body.nodes, nodeChanges);
  setHidden(edges, network.edgesHandler, "edgesListeners", network.body.edges, edgeChanges);
  if (nodeChanges.length || edgeChanges.length) { network.body.emitter.emit("_dataUpdated"); }
  reweigh();
  showCounts();
  if (state.focus !== null && byId[state.focus]) { sidePanel(byId[state.focus]); }  // its counts follow the period
}
// ---- a period's weights: in a view of up to 300 nodes a link in time counts only its facts dated in
// the period ("×N" and width, on the scale of the whole page's heaviest link, so that a quiet year
// looks thinner than all dates); a larger view keeps whole weights (its edges carry no "×N")
function periodWeight(e) {
  if (!periodSet() || !e.timed) { return e.weight; }
  var w = 0;
  e.dates.forEach(function (d, i) { if (inRange([d])) { w += e.dateWeights ? e.dateWeights[i] : 1; } });
  return w;
}
function widthFor(w) {
  var s = data.meta.edgeScale, top = Math.max(s.top, 1), px;
  if (s.rule === "share") { px = s.min + (s.max - s.min) * Math.sqrt(w / top); }
  else { px = top <= 1 ? s.min : s.min + (s.max - s.min) * (Math.sqrt(Math.max(w, 1)) - 1) / (Math.sqrt(top) - 1); }
  return Math.round(px * 10) / 10;
}
function reweigh() {
  if (data.meta.large || !data.meta.edgeScale) { return; }
  var changes = [];
  data.edges.forEach(function (e) {
    var w = state.edgeShown[e.id] ? periodWeight(e) : e.weight, drawn = e.drawn === undefined ? e.weight : e.drawn;
    if (w === drawn) { return; }
    e.drawn = w;
    // vis keeps an edge's label when given "" or null: a space clears it
    var width = w === e.weight ? e.width : widthFor(w);
    if (onPath(e)) { width = pathEdgeStyle({width: width}).width; }  // the path stays wider than the rest
    changes.push({id: e.id, width: width, label: w > 1 ? "×" + w : " ",
                  title: w === e.weight ? e.title : e.title + "\nв периоде / in the period: ×" + w});
  });
  if (changes.length) { edges.update(changes); }
  window.igkgWeights = changes.length;
}
// Hidden flags of many nodes or edges at once. vis's own update re-reads every changed item's options
// (~0.2 s per 2,500 items at 5,000 nodes), so the flags are set on vis's objects directly and the data
// set is updated with the network's listener off: both say the same (vis-network 9.1, bundled). Falls
// back to the plain update if those internals are not there.
function setHidden(set, handler, listenersName, objects, changes) {
  var listeners = handler && handler[listenersName];
  if (!changes.length) { return; }
  if (!listeners || !listeners.update || !objects) { set.update(changes); return; }
  set.off("update", listeners.update);
  try { set.update(changes); } finally { set.on("update", listeners.update); }
  changes.forEach(function (c) { if (objects[c.id]) { objects[c.id].options.hidden = c.hidden; } });
}
// Colours of many nodes at once ([{id, color: "#rrggbb"}]; the tools' community toggle). vis's own update
// re-parses every changed node's options (0.8-2 s for 5,000 nodes on this machine); here the data set is
// updated with the network's listener off, and each vis node's own colour object (vis changes it in
// place, so it must not be shared) is filled from one vis.util.parseColor per distinct colour; then one
// redraw. Falls back to the plain update if those internals are not there.
function recolour(changes) {
  var listeners = network.nodesHandler && network.nodesHandler.nodesListeners;
  var parse = vis.util && vis.util.parseColor, objects = network.body.nodes, parsed = {};
  if (!listeners || !listeners.update || !parse || !objects) { nodes.update(changes); return; }
  nodes.off("update", listeners.update);
  try { nodes.update(changes); } finally { nodes.on("update", listeners.update); }
  changes.forEach(function (c) {
    var o = objects[c.id], p = parsed[c.color] || (parsed[c.color] = parse(c.color));
    if (!o || !o.options.color) { return; }
    var to = o.options.color;
    to.background = p.background; to.border = p.border;
    to.highlight = {background: p.highlight.background, border: p.highlight.border};
    to.hover = {background: p.hover.background, border: p.hover.border};
  });
  network.redraw();
}
function count(map) { var k = 0; for (var id in map) { if (map[id]) { k++; } } return k; }
function showCounts() {
  var n = count(state.shown), e = count(state.edgeShown), total = data.nodes.length;
  $("status").textContent = n + " из " + total + " узлов / nodes, " + e + " из " + data.edges.length +
    " связей / edges shown";
  window.igkgHidden = total - n;
  window.igkgShown = {nodes: n, edges: e, totalNodes: total, totalEdges: data.edges.length};
  var parts = [];
  if (periodSet()) { parts.push("период / period " + (state.from || "…") + " — " + (state.to || "…")); }
  var off = [].concat(offLabels("kinds", state.offKinds), offLabels("countries", state.offCountries),
                      offLabels("rels", state.offRels));
  if (off.length) { parts.push("скрыто / hidden: " + off.join(", ")); }
  $("filters").textContent = parts.length ? "Фильтры / filters: " + parts.join(" · ") : "";
}
function offLabels(which, offMap) {
  return (data.meta[which] || []).filter(function (x) { return offMap[x.key]; }).map(function (x) { return x.label; });
}
function legend(listId, items, offMap) {
  var ul = $(listId);
  items.forEach(function (item) {
    var li = el("li");
    li.dataset.key = item.key;
    var sw = el("span", undefined, "swatch");
    if (item.color) { sw.style.background = item.color; } else { sw.style.display = "none"; }
    li.appendChild(sw);
    li.appendChild(document.createTextNode(item.label + " "));
    li.appendChild(el("span", String(item.count), "count"));
    li.addEventListener("click", function () {
      offMap[item.key] = !offMap[item.key];
      li.classList.toggle("off", offMap[item.key]);
      refresh();
      saveState(true);
    });
    ul.appendChild(li);
  });
}
// The legends count what the page holds ("expand" adds nodes and edges): each entry's count follows, and a
// kind, country or relation no entry lists yet gets one, toggled like the rest.
function recountLegends() {
  var lists = [["legend", "kinds", state.offKinds, {}], ["countries", "countries", state.offCountries, {}],
               ["rels", "rels", state.offRels, {}]];
  var looks = {kinds: {}, countries: {}, rels: {}};
  data.nodes.forEach(function (n) {
    lists[0][3][n.kind] = (lists[0][3][n.kind] || 0) + 1;
    looks.kinds[n.kind] = looks.kinds[n.kind] || {label: n.kindLabel || n.kind, color: n.color};
    if (n.country) { lists[1][3][n.country] = (lists[1][3][n.country] || 0) + 1; }
    if (n.kind === "country" && n.country) { looks.countries[n.country] = {label: n.text, color: ""}; }
  });
  data.edges.forEach(function (e) {
    if (!e.rel) { return; }
    lists[2][3][e.rel] = (lists[2][3][e.rel] || 0) + 1;
    looks.rels[e.rel] = looks.rels[e.rel] || {label: e.rel, color: e.color};
  });
  lists.forEach(function (x) {
    var ul = $(x[0]), counts = x[3], listed = {};
    if (!ul) { return; }
    Array.prototype.forEach.call(ul.children, function (li) {
      listed[li.dataset.key] = true;
      var c = li.querySelector(".count");
      if (c) { c.textContent = String(counts[li.dataset.key] || 0); }
    });
    Object.keys(counts).forEach(function (key) {
      if (listed[key]) { return; }
      var look = looks[x[1]][key] || {label: key, color: ""};
      var item = {key: key, label: look.label, color: look.color, count: counts[key]};
      (data.meta[x[1]] = data.meta[x[1]] || []).push(item);  // the active-filters line names it too
      legend(x[0], [item], x[2]);
    });
  });
  if ((data.meta.countries || []).length && $("countries-title")) { $("countries-title").hidden = false; }
  if ((data.meta.rels || []).length && $("rels-title")) { $("rels-title").hidden = false; }
}
// the legends' look from the state (after the URL or a reset changed it)
function markLegends() {
  [["legend", state.offKinds], ["countries", state.offCountries], ["rels", state.offRels]].forEach(function (x) {
    Array.prototype.forEach.call($(x[0]).children, function (li) { li.classList.toggle("off", !!x[1][li.dataset.key]); });
  });
}
// what the command line filtered (kg viz --from/--to/--country): the data holds nothing else
function cliNote() {
  var parts = [];
  if (cli.from) { parts.push("--from " + cli.from); }
  if (cli.to) { parts.push("--to " + cli.to); }
  if (cli.country) { parts.push("--country " + cli.country); }
  $("cli").textContent = parts.length ? "Командная строка / command line: " + parts.join(" ") : "";
}
