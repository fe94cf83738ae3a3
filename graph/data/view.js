"use strict";
(function () {
  // Everything shown comes from the JSON block below, parsed as data: no string is ever
  // inserted as HTML. Tooltips are elements whose text is set with textContent.
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
                 "#9c755f", "#bab0ac", "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02"];
  function tip(text) { var div = document.createElement("div"); div.className = "tip"; div.textContent = text; return div; }
  function hashColour(value) {
    if (value === "" || value === null || value === undefined) { return "#cccccc"; }
    var h = 0; var s = String(value);
    for (var i = 0; i < s.length; i++) { h = (h * 31 + s.charCodeAt(i)) >>> 0; }
    return palette[h % palette.length];
  }
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return Object.assign({}, n, {title: tip(n.tooltip), color: data.kindColours[n.kind] || "#999999"});
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) { return Object.assign({}, e, {title: tip(e.tooltip)}); }));
  var container = document.getElementById("network");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);
  network.once("afterDrawing", function () { document.body.setAttribute("data-drawn", String(nodes.length)); });
  window.undersignedView = {network: network, nodes: nodes, edges: edges};

  function fill(select, values) {
    values.forEach(function (v) { var o = document.createElement("option"); o.value = v; o.textContent = v; select.appendChild(o); });
  }
  var kindSelect = document.getElementById("filter-kind"), roleSelect = document.getElementById("filter-role");
  var countrySelect = document.getElementById("filter-country"), clusterSelect = document.getElementById("filter-cluster");
  fill(kindSelect, data.kinds); fill(roleSelect, data.roles); fill(countrySelect, data.countries); fill(clusterSelect, data.clusters);

  function recolour() {
    var by = document.getElementById("colour-by").value;
    nodes.update(data.nodes.map(function (n) {
      var c = by === "kind" ? (data.kindColours[n.kind] || "#999999") : hashColour(n[by]);
      return {id: n.id, color: c};
    }));
    var legend = document.getElementById("legend"); legend.textContent = "";
    var keys = by === "kind" ? Object.keys(data.kindColours) : Array.from(new Set(data.nodes.map(function (n) { return n[by]; }))).filter(function (k) { return k !== "" && k !== null; }).slice(0, 24);
    keys.forEach(function (k) {
      var item = document.createElement("span"); item.className = "key";
      var sw = document.createElement("span"); sw.className = "swatch";
      sw.style.background = by === "kind" ? data.kindColours[k] : hashColour(k);
      item.appendChild(sw); item.appendChild(document.createTextNode(String(k))); legend.appendChild(item);
    });
  }
  function refilter() {
    var kind = kindSelect.value, role = roleSelect.value, country = countrySelect.value, cluster = clusterSelect.value;
    var visible = {};
    nodes.update(data.nodes.map(function (n) {
      var show = (!kind || n.kind === kind) && (!country || n.country === country || n.kind === "document") &&
                 (!cluster || String(n.cluster) === cluster || n.kind === "document");
      visible[n.id] = show;
      return {id: n.id, hidden: !show};
    }));
    edges.update(data.edges.map(function (e) {
      return {id: e.id, hidden: !(visible[e.from] && visible[e.to]) || (role !== "" && e.role !== role)};
    }));
  }
  function search() {
    var q = document.getElementById("search").value.trim().toLowerCase();
    if (!q) { network.unselectAll(); return; }
    var hits = data.nodes.filter(function (n) { return n.searchText.indexOf(q) >= 0; }).map(function (n) { return n.id; });
    network.selectNodes(hits);
    if (hits.length) { network.fit({nodes: hits, animation: false}); }
    document.getElementById("hits").textContent = hits.length + " found";
  }
  document.getElementById("colour-by").addEventListener("change", recolour);
  [kindSelect, roleSelect, countrySelect, clusterSelect].forEach(function (s) { s.addEventListener("change", refilter); });
  document.getElementById("search").addEventListener("input", search);
  recolour();
})();
