// ---- the page put together: legends, search box, clicks, the folding panel, the opening view
legend("legend", data.meta.kinds, state.offKinds);
legend("countries", data.meta.countries, state.offCountries);
legend("rels", data.meta.rels || [], state.offRels);
if (!(data.meta.rels || []).length) { $("rels-title").hidden = true; }
if (!data.meta.countries.length) { $("countries-title").hidden = true; }
$("note").textContent = data.meta.note || "";
cliNote();
refresh();
timeControl();

$("search").addEventListener("input", function (ev) { showHits(ev.target.value); saveState(false); });
$("search").addEventListener("keydown", function (ev) {
  if (ev.key !== "Enter") { return; }
  var hits = search(ev.target.value);
  if (hits.length) { choose(hits[0].id); }
});
$("side-close").addEventListener("click", function () { clearFocus(); });
network.on("zoom", viewMoved);
network.on("dragEnd", function (p) { if (!p.nodes.length) { viewMoved(); } });  // the view, not a node
$("reset").addEventListener("click", resetView);
network.on("click", function (p) {
  if (p.nodes.length) { focusOn(p.nodes[0]); return; }
  var e = p.edges.length === 1 ? data.edges[p.edges[0]] : null;
  if (e && e.pair) { pairPanel(e); } else { clearFocus(); }
});

// ---- the panel folds away (on a phone it starts folded so the graph is visible, and folds after a choice)
function fold(collapsed) {
  $("panel").classList.toggle("collapsed", collapsed);
  $("toggle").setAttribute("aria-expanded", String(!collapsed));
}
$("toggle").addEventListener("click", function () { fold(!$("panel").classList.contains("collapsed")); });
if (isPhone()) { fold(true); }

function fitView() {
  network.fit({animation: false});
  var width = window.innerWidth, panel = $("panel").offsetWidth + 16;
  if (width > PHONE && panel < width / 2) {  // fit the graph into the space the panel leaves free
    var pos = network.getPositions(), lo = Infinity, hi = -Infinity;
    Object.keys(pos).forEach(function (id) {
      var x = network.canvasToDOM(pos[id]).x;
      lo = Math.min(lo, x); hi = Math.max(hi, x);
    });
    var shrink = Math.min(1, (width - panel - 40) / Math.max(hi - lo, 1));
    network.moveTo({position: network.getViewPosition(), scale: network.getScale() * shrink,
                    offset: {x: panel / 2, y: 0}, animation: false});
  }
}
function ready() {
  fitView();
  // labels take room the layout did not give them: spread at the scale the view opens at, which the spread
  // itself lowers a little, so a few rounds (not on a phone: no width there holds every label of a view)
  for (var round = 0; data.meta.labelAll && !isPhone() && round < 6 && spreadLabels(network.getScale()); round++) { fitView(); }
  state.openScale = network.getScale();
  state.openView = {position: network.getViewPosition(), scale: state.openScale};
  lastHash = location.hash.replace(/^#/, "");
  if (lastHash) { applyState(lastHash); }  // a shared or bookmarked view
  network.redraw();
  window.igkgStable = true;
}
if (data.options.physics.enabled && data.nodes.length) {  // an empty graph never stabilizes
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({physics: {enabled: false}});
    ready();
  });
} else {
  ready();
}
window.igkg = {network: network, nodes: nodes, edges: edges, data: data, focusOn: focusOn, search: search,
               state: state, refresh: refresh, setPeriod: setPeriod, reset: resetView, clearFocus: clearFocus,
               byId: byId, addNodes: addNodes, markPath: markPath, pathColour: PATH_COLOUR,
               recolour: recolour, viewMoved: viewMoved, saveState: saveState, applyPath: applyPath};
