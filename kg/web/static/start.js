// The start page of `kg serve`: canned queries, a query form, results as plain values with IRIs as links.
// Values are put into the page with textContent only (never as HTML markup), and every request goes to this
// server (the page's Content-Security-Policy allows nothing else).
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const ESCAPABLE = "_~.-!$&'()*+,;=/?#@%";
  const IRI_FORBIDDEN = /[<>"{}|^`\\\u0000-\u0020]/;
  let prefixes = [];  // [prefix, namespace], longest namespace first
  let canned = {};

  function el(tag, text, attrs) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    return node;
  }

  // The same rule as kg/rdf/terms.py: prefix:local with SPARQL's backslash escapes, else <iri>, so that a
  // value copied from the page pastes back into a query.
  function pnCharsU(c) {
    if (c === "_" || /[A-Za-z]/.test(c)) return true;
    const o = c.codePointAt(0);
    return o >= 0xC0 && o !== 0xD7 && o !== 0xF7 && !(o >= 0x2000 && o <= 0x206F && o !== 0x200C && o !== 0x200D)
      && !/\s/.test(c) && !(o >= 0xFFF0 && o <= 0xFFFF);
  }
  function pnChars(c) {
    return pnCharsU(c) || c === "-" || /[0-9]/.test(c) || c === "\u00B7" || (c >= "\u0300" && c <= "\u036F")
      || (c >= "\u203F" && c <= "\u2040");
  }
  function escapeLocal(local) {
    const chars = Array.from(local);
    let out = "";
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i], first = i === 0, last = i === chars.length - 1;
      const hex = chars.slice(i + 1, i + 3).join("");
      if (c === "%" && /^[0-9A-Fa-f]{2}$/.test(hex)) out += c;
      else if (first ? (pnCharsU(c) || c === ":" || /[0-9]/.test(c))
                     : (pnChars(c) || c === ":" || (c === "." && !last))) out += c;
      else if (ESCAPABLE.includes(c)) out += "\\" + c;
      else return null;
    }
    return out;
  }
  function iriText(iri) {
    for (const [prefix, ns] of prefixes) {
      if (iri.startsWith(ns)) {
        const local = escapeLocal(iri.slice(ns.length));
        if (local !== null) return prefix + ":" + local;
      }
    }
    return "<" + iri + ">";
  }

  function cell(term) {
    const td = el("td");
    if (!term) return td;
    if (term.type === "uri") {
      td.append(el("a", iriText(term.value), {href: "#describe=" + encodeURIComponent(term.value), title: term.value}));
    } else if (term.type === "bnode") {
      td.textContent = "_:" + term.value;
    } else {
      td.textContent = term.value;  // the lexical form: no quotes, no language tag, no datatype
      const kind = term["xml:lang"] ? "@" + term["xml:lang"] : term.datatype ? iriText(term.datatype) : "";
      if (kind) td.title = kind;
    }
    return td;
  }

  function showTable(data) {
    const out = $("results");
    out.replaceChildren();
    if ("boolean" in data) {
      out.append(el("p", String(data.boolean), {class: "boolean"}));
      return 1;
    }
    out.append(table(data, "result-table"));
    return data.results.bindings.length;
  }
  function table(data, id) {
    const vars = data.head.vars, rows = data.results.bindings;
    const table = el("table", undefined, {id: id});
    const head = el("tr");
    for (const v of vars) head.append(el("th", v));
    const thead = el("thead");
    thead.append(head);
    table.append(thead);
    const body = el("tbody");
    for (const row of rows) {
      const tr = el("tr");
      for (const v of vars) tr.append(cell(row[v]));
      body.append(tr);
    }
    table.append(body);
    return table;
  }

  // ---- an empty answer: what the store does hold (a canned query's hint file, else the generic count)
  let lastCanned = null;  // {name, values} of the canned query being run, for its hint
  let runs = 0;  // an answer or a hint that arrives after a newer run started is dropped
  async function showHint(text, run) {
    const box = $("hint");
    box.replaceChildren();
    box.hidden = true;
    const url = lastCanned && lastCanned.text === text
      ? "hint/" + encodeURIComponent(lastCanned.name) + "?" + new URLSearchParams(lastCanned.values)
      : "hint?" + new URLSearchParams({query: text});
    try {
      const resp = await fetch(url);
      if (!resp.ok) return;
      const hint = await resp.json();
      if (run !== runs) return;
      if (!hint) { box.append(el("p", "No rows.")); box.hidden = false; return; }
      const answer = await fetch("query", {method: "POST", body: hint.query, headers: {
        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}});
      if (!answer.ok) return;
      const data = await answer.json(), rows = data.results.bindings;
      if (run !== runs) return;
      if (hint.generic) {
        const row = rows[0] || {};
        const dates = row.first ? `, from ${row.first.value} to ${row.last.value}` : "";
        box.append(el("p", hint.text.replace("{n}", row.n ? row.n.value : "0").replace("{dates}", dates)));
      } else {
        box.append(el("p", hint.text));
        if (rows.length) box.append(table(data, "hint-table"));
        else box.append(el("p", "The store holds none."));
      }
      box.hidden = false;
    } catch (e) {
      box.hidden = true;
    }
  }

  // ---- a CONSTRUCT answer: drawn with the graph page's component (vis-network), the N-Triples below it
  const NT = /^(<[^>]*>|_:\S+)\s+<([^>]*)>\s+(<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[\w-]+|\^\^<[^>]*>)?)\s*\.\s*$/;
  const DRAW_MAX = 600;
  function unescapeNt(s) {
    return s.replace(/\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})|\\(.)/g, (m, u, U, c) =>
      u || U ? String.fromCodePoint(parseInt(u || U, 16)) : ({n: "\n", t: "\t", r: "\r"}[c] || c));
  }
  function ntTerm(s) {
    if (s.startsWith("<")) return {type: "uri", value: s.slice(1, -1)};
    if (s.startsWith("_:")) return {type: "bnode", value: s};
    const end = s.lastIndexOf('"');
    return {type: "literal", value: unescapeNt(s.slice(1, end))};
  }
  function parseNTriples(text) {
    const triples = [];
    for (const line of text.split("\n")) {
      const m = NT.exec(line.trim());
      if (m) triples.push([ntTerm(m[1]), m[2], ntTerm(m[3])]);
    }
    return triples;
  }
  function shortIri(iri) {
    const t = iriText(iri);
    return t.length > 40 ? "…" + t.slice(-39) : t;
  }
  async function labelsOf(iris) {
    if (!iris.length) return {};
    const values = iris.map((i) => "<" + i + ">").join(" ");
    const text = `SELECT ?s ?l ?t ?k ?d WHERE { VALUES ?s { ${values} } { ?s rdfs:label ?l } UNION { ?s a ?t }
      UNION { ?s dip:kind/skos:prefLabel ?k FILTER (LANG(?k) = "ru") } UNION { ?s dip:date ?d } }`;
    const out = {};
    try {
      const resp = await fetch("query", {method: "POST", body: text, headers: {
        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}});
      if (!resp.ok) return out;
      for (const row of (await resp.json()).results.bindings) {
        const o = out[row.s.value] = out[row.s.value] || {};
        if (row.l && (!o.label || row.l["xml:lang"] === "ru")) o.label = row.l.value;
        if (row.t && !o.type) o.type = row.t.value;
        if (row.k) o.kind = row.k.value;
        if (row.d) o.date = row.d.value;
      }
      for (const o of Object.values(out)) {  // a meeting has no label: "переговоры 2024-01-05", as kg viz names it
        if (!o.label && (o.kind || o.date)) o.label = [o.kind, o.date].filter(Boolean).join(" ");
      }
    } catch (e) { /* labels are a nicety: the IRIs stand in */ }
    return out;
  }
  const PALETTE = ["#e4572e", "#2e86ab", "#f3a712", "#29335c", "#8e7dbe", "#43aa8b", "#7d4e57", "#a8c686", "#6c757d"];
  async function drawGraph(triples, box) {
    const ids = new Map(), edges = [];
    for (const [s, p, o] of triples) {
      if (o.type === "literal") continue;
      for (const t of [s, o]) if (!ids.has(t.value) && ids.size < DRAW_MAX) ids.set(t.value, t);
      if (ids.has(s.value) && ids.has(o.value)) edges.push({from: s.value, to: o.value, title: iriText(p), p: p});
    }
    const info = await labelsOf([...ids.values()].filter((t) => t.type === "uri").map((t) => t.value));
    const types = {};
    const nodes = [...ids.values()].map((t) => {
      const i = info[t.value] || {}, type = i.type || "";
      if (!(type in types)) types[type] = PALETTE[Math.min(Object.keys(types).length, PALETTE.length - 1)];
      const label = i.label || (t.type === "uri" ? shortIri(t.value) : t.value);
      return {id: t.value, label: label.length > 32 ? label.slice(0, 31) + "…" : label,
              title: (i.label ? i.label + "\n" : "") + (t.type === "uri" ? iriText(t.value) : t.value)
                     + (type ? "\n" + iriText(type) : ""),
              color: types[type], shape: "dot", size: 10};
    });
    const canvasBox = el("div", undefined, {id: "result-drawing"});
    box.append(canvasBox);
    if (ids.size >= DRAW_MAX) box.append(el("p", `Drawn: the first ${DRAW_MAX} resources; the N-Triples below hold all.`));
    window.igkgStartGraph = {nodes: nodes.length, edges: edges.length, stable: false};
    if (typeof vis === "undefined") return;
    const network = new vis.Network(canvasBox, {nodes: new vis.DataSet(nodes), edges: new vis.DataSet(
      edges.map((e, i) => ({id: i, from: e.from, to: e.to, title: e.title, arrows: "to", color: {color: "#adb5bd"}})))}, {
      nodes: {font: {size: 14, strokeWidth: 3}, borderWidth: 1},
      edges: {smooth: false},
      interaction: {hover: true, tooltipDelay: 150},
      physics: {solver: "barnesHut", barnesHut: {gravitationalConstant: -4000, springLength: 110},
                stabilization: {iterations: 250, fit: true}},
      layout: {randomSeed: 7}});
    network.once("stabilizationIterationsDone", () => {
      network.setOptions({physics: {enabled: false}});
      window.igkgStartGraph.stable = true;
    });
    network.on("doubleClick", (p) => {
      if (p.nodes.length && ids.get(p.nodes[0]).type === "uri") location.hash = "describe=" + encodeURIComponent(p.nodes[0]);
    });
    window.igkgStartGraph.network = network;
  }

  async function run(text) {
    const status = $("status");
    status.className = "";
    status.textContent = "running…";
    $("results").replaceChildren();
    $("hint").replaceChildren();
    $("hint").hidden = true;
    const started = performance.now(), current = ++runs;
    try {
      const resp = await fetch("query", {method: "POST", body: text, headers: {
        "Content-Type": "application/sparql-query",
        "Accept": "application/sparql-results+json, application/n-triples;q=0.9"}});
      const type = resp.headers.get("Content-Type") || "";
      if (!resp.ok) throw new Error((await resp.text()).trim() || resp.statusText);
      if (current !== runs) return;
      let summary, empty;
      if (type.includes("json")) {
        const n = showTable(await resp.json());
        summary = n + (n === 1 ? " row" : " rows");
        empty = n === 0;
      } else {
        const nt = await resp.text(), triples = parseNTriples(nt), out = $("results");
        summary = triples.length + (triples.length === 1 ? " triple" : " triples");
        empty = triples.length === 0;
        if (!empty) await drawGraph(triples, out);
        const details = el("details", undefined, {id: "result-nt"});
        details.append(el("summary", "N-Triples"), el("pre", nt, {id: "result-graph"}));
        out.append(details);
      }
      status.textContent = `${summary} in ${((performance.now() - started) / 1000).toFixed(2)} s`;
      if (empty) showHint(text, current);
    } catch (e) {
      status.className = "error";
      status.textContent = String(e.message || e);
    }
  }

  function describe(iri) {
    if (IRI_FORBIDDEN.test(iri)) return;
    const about = $("about");
    about.hidden = false;
    about.textContent = "Triples where " + iriText(iri) + " is the subject or the object";
    const term = "<" + iri + ">";
    const text = "SELECT ?subject ?predicate ?object WHERE {\n" +
      `  { VALUES ?subject { ${term} } ?subject ?predicate ?object }\n` +
      `  UNION { VALUES ?object { ${term} } ?subject ?predicate ?object }\n}\nLIMIT 1000`;
    $("query").value = text;
    lastCanned = null;
    run(text);
  }

  // ---- the address keeps what is shown: #query=NAME&VAR=VALUE… (a shared link or a reload runs it again)
  function route() {
    const hash = new URLSearchParams(location.hash.slice(1));
    $("params").hidden = true;
    if (hash.has("describe")) { describe(hash.get("describe")); return; }
    const name = hash.get("query");
    if (!name || !canned[name]) return;
    const q = canned[name], values = {};
    for (const v of Object.keys(q.params)) values[v] = hash.has(v) ? hash.get(v) : q.params[v];
    $("about").hidden = false;
    $("about").textContent = q.description;
    for (const a of document.querySelectorAll("#canned-list a")) a.classList.toggle("current", a.dataset.query === name);
    showParams(q, values);
    runCanned(q, values);
  }
  async function runCanned(q, values) {
    let text = q.text;
    const changed = Object.keys(values).some((v) => values[v] !== q.params[v]);
    if (changed) {
      const resp = await fetch("canned/" + encodeURIComponent(q.name) + "?" + new URLSearchParams(values));
      text = await resp.text();
      if (!resp.ok) {
        $("status").className = "error";
        $("status").textContent = text.trim();
        return;
      }
    }
    $("query").value = text;
    lastCanned = {name: q.name, values: values, text: text};
    run(text);
  }

  // A canned query's parameters as fields (lists of the values the store holds where there are such),
  // prefilled from the address or the defaults; the server binds them exactly as `kg query --param` does.
  const choiceCache = {};
  function choices(kind) {
    if (!choiceCache[kind]) {
      choiceCache[kind] = fetch("query", {method: "POST", body: catalogueChoices[kind], headers: {
        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}})
        .then((r) => (r.ok ? r.json() : {results: {bindings: []}}))
        .then((d) => d.results.bindings.map((b) => {
          const label = [b.label_en, b.label_ru].filter(Boolean).map((x) => x.value).join(" / ");
          return {value: b.value.value, label: label};
        }))
        .catch(() => []);
    }
    return choiceCache[kind];
  }
  let catalogueChoices = {};
  function field(q, name, value) {
    const kind = (q.kinds || {})[name] || "text", attrs = {name: name, "data-param": name, "data-kind": kind};
    if (kind === "role" || kind === "country") {
      const select = el("select", undefined, attrs);
      select.append(el("option", value, {value: value}));
      choices(kind).then((list) => {
        const current = select.value;
        select.replaceChildren();
        for (const c of list) select.append(el("option", c.label ? `${c.value} — ${c.label}` : c.value, {value: c.value}));
        if (!list.some((c) => c.value === current)) {
          select.append(el("option", current + " (not in the store)", {value: current}));
        }
        select.value = current;
        select.dataset.loaded = String(list.length);
      });
      return select;
    }
    if (kind === "date") return el("input", undefined, {...attrs, type: "date", value: value});
    const input = el("input", undefined, {...attrs, value: value});
    if (kind === "person" || kind === "article") {
      input.setAttribute("list", "choices-" + kind);
      if (!$("choices-" + kind)) {
        const list = el("datalist", undefined, {id: "choices-" + kind});
        document.body.append(list);
        choices(kind).then((items) => {
          for (const c of items) list.append(el("option", c.label, {value: c.value}));
        });
      }
    }
    return input;
  }
  function showParams(q, values) {
    const form = $("params");
    form.replaceChildren();
    const names = Object.keys(q.params);
    if (!names.length) return;
    for (const name of names) {
      const label = el("label", name + " ");
      label.append(field(q, name, values[name]));
      form.append(label);
    }
    form.append(el("button", "Run with these values", {type: "submit", id: "run-params"}));
    form.hidden = false;
    form.onsubmit = (e) => {
      e.preventDefault();
      const hash = "#" + new URLSearchParams([["query", q.name], ...new FormData(form)]).toString();
      if (hash === location.hash) route();
      else location.hash = hash;  // hashchange runs it: back and forward step through the answers
    };
  }

  async function start() {
    const catalogue = await (await fetch("catalogue.json")).json();
    prefixes = Object.entries(catalogue.prefixes).sort((a, b) => b[1].length - a[1].length);
    catalogueChoices = catalogue.choices || {};
    const dl = $("prefixes");
    for (const [p, ns] of Object.entries(catalogue.prefixes)) dl.append(el("dt", p + ":"), el("dd", ns));
    const list = $("canned-list");
    for (const q of catalogue.queries) {
      canned[q.name] = q;
      const li = el("li");
      li.append(el("a", q.name, {href: "#query=" + encodeURIComponent(q.name), "data-query": q.name}),
                el("p", q.summary));
      list.append(li);
    }
    $("endpoint").textContent = new URL("query", location.href).href;
    $("form").addEventListener("submit", (e) => {
      e.preventDefault();
      $("about").hidden = true;
      lastCanned = null;
      run($("query").value);
    });
    window.addEventListener("hashchange", route);
    // a link to the address already shown fires no hashchange: run it again all the same
    document.addEventListener("click", (e) => {
      const a = e.target.closest("a[href^='#']");
      if (a && a.getAttribute("href") === location.hash) route();
    });
    route();
    document.body.dataset.ready = "yes";
  }

  start();
})();
