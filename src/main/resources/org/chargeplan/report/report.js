// chargeplan report: draws each plan's layers with Leaflet, without tiles or network access.
// Data: window.CHARGEPLAN = {plans: [{title, minVoltagePu, layers: {name: GeoJSON}}]}.
(function () {
  'use strict';
  var data = window.CHARGEPLAN;

  function loadingColor(pct) {
    if (pct === null || pct === undefined) { return '#8a8f98'; }
    if (pct > 100.05) { return '#c62828'; }
    if (pct >= 95) { return '#ef6c00'; }
    if (pct >= 80) { return '#f9a825'; }
    return '#2e7d32';
  }

  function voltageColor(pu, limit) {
    if (pu === null || pu === undefined) { return '#8a8f98'; }
    if (pu < limit - 1e-6) { return '#c62828'; }
    if (pu < limit + 0.01) { return '#ef6c00'; }
    if (pu < limit + 0.03) { return '#f9a825'; }
    return '#2e7d32';
  }

  function servedColor(share) {
    var s = Math.max(0, Math.min(1, share || 0));
    var r = Math.round(214 + (33 - 214) * s), g = Math.round(96 + (102 - 96) * s), b = Math.round(77 + (172 - 77) * s);
    return 'rgb(' + r + ',' + g + ',' + b + ')';
  }

  function format(value) {
    if (value === null || value === undefined) { return '–'; }
    if (typeof value === 'number') {
      return Math.abs(value) >= 100 ? value.toLocaleString('en', {maximumFractionDigits: 1})
          : value.toLocaleString('en', {maximumFractionDigits: 4});
    }
    if (typeof value === 'object') { return JSON.stringify(value); }
    return String(value);
  }

  function popup(title, properties) {
    var box = document.createElement('div');
    var head = document.createElement('b');
    head.textContent = title;
    box.appendChild(head);
    var table = document.createElement('table');
    table.className = 'popup';
    Object.keys(properties).forEach(function (key) {
      var row = table.insertRow();
      row.insertCell().textContent = key;
      row.insertCell().textContent = format(properties[key]);
    });
    box.appendChild(table);
    return box;
  }

  function maxOf(layer, field) {
    var max = 0;
    (layer ? layer.features : []).forEach(function (f) { max = Math.max(max, f.properties[field] || 0); });
    return max;
  }

  function geoLayer(collection, options) {
    return L.geoJSON(collection, options);
  }

  function drawPlan(plan, index) {
    var map = L.map('map-' + index, {preferCanvas: false, zoomSnap: 0.25, attributionControl: false});
    var layers = plan.layers, overlays = {}, bounds = L.latLngBounds([]);
    var limit = plan.minVoltagePu || 0.9;

    function add(name, label, layer, visible) {
      if (!layer) { return; }
      overlays[label] = layer;
      if (visible) { layer.addTo(map); }
      if (layer.getBounds && layer.getLayers().length) { bounds.extend(layer.getBounds()); }
    }

    var flowMax = maxOf(layers.roads, 'served_kwh_per_day');
    add('roads', 'Roads (width: served kWh/day)', layers.roads && geoLayer(layers.roads, {
      style: function (f) {
        var flow = f.properties.served_kwh_per_day || 0;
        return {color: flow > 0 ? '#5c6bc0' : '#c9cdd3', weight: 1.5 + (flowMax > 0 ? 7 * flow / flowMax : 0), opacity: 0.75};
      },
      onEachFeature: function (f, l) { l.bindPopup(popup('Road link ' + f.properties.id, f.properties)); }
    }), true);
    add('branches', 'Feeder branches (peak loading)', layers.grid_branches && geoLayer(layers.grid_branches, {
      style: function (f) {
        var p = f.properties;
        return {color: p.peak_loading_pct === null || p.peak_loading_pct === undefined ? '#8d6e63' : loadingColor(p.peak_loading_pct), weight: 3, opacity: p.in_service === false ? 0.35 : 0.95,
          dashArray: p.in_service === false ? '4 4' : null};
      },
      onEachFeature: function (f, l) { l.bindPopup(popup('Branch ' + f.properties.id, f.properties)); }
    }), true);
    add('assignments', 'Assignments (demand → station)', layers.assignments && geoLayer(layers.assignments, {
      style: function () { return {color: '#37474f', weight: 1, opacity: 0.55, dashArray: '3 3'}; },
      onEachFeature: function (f, l) { l.bindPopup(popup('Assignment ' + f.properties.id, f.properties)); }
    }), false);
    var demandMax = maxOf(layers.demand, 'kwh_per_day');
    add('demand', 'Demand (size: kWh/day, colour: served)', layers.demand && geoLayer(layers.demand, {
      pointToLayer: function (f, latlng) {
        var p = f.properties;
        return L.circleMarker(latlng, {radius: 3 + 9 * Math.sqrt((p.kwh_per_day || 0) / (demandMax || 1)),
          color: '#ffffff', weight: 1, fillColor: servedColor(p.served_share), fillOpacity: 0.85, className: 'demand-marker'});
      },
      onEachFeature: function (f, l) { l.bindPopup(popup('Demand ' + f.properties.id, f.properties)); }
    }), true);
    add('buses', 'Feeder buses (minimum voltage)', layers.grid_buses && geoLayer(layers.grid_buses, {
      pointToLayer: function (f, latlng) {
        return L.circleMarker(latlng, {radius: 4, color: '#263238', weight: 1,
          fillColor: voltageColor(f.properties.min_voltage_pu, limit), fillOpacity: 1, className: 'bus-marker'});
      },
      onEachFeature: function (f, l) { l.bindPopup(popup('Bus ' + f.properties.id, f.properties)); }
    }), true);
    add('transformers', 'Transformers (peak loading)', layers.grid_transformers && geoLayer(layers.grid_transformers, {
      pointToLayer: function (f, latlng) {
        return L.circleMarker(latlng, {radius: 7, color: loadingColor(f.properties.peak_loading_pct), weight: 2.5,
          fill: false, className: 'transformer-marker'});
      },
      onEachFeature: function (f, l) { l.bindPopup(popup('Transformer ' + f.properties.id, f.properties)); }
    }), true);
    var hostMax = maxOf(layers.hosting_capacity, 'hosting_kw');
    add('hosting', 'Hosting capacity (size: kW)', layers.hosting_capacity && geoLayer(layers.hosting_capacity, {
      pointToLayer: function (f, latlng) {
        return L.circleMarker(latlng, {radius: 3 + 12 * Math.sqrt((f.properties.hosting_kw || 0) / (hostMax || 1)),
          color: '#00897b', weight: 1.5, fillColor: '#4db6ac', fillOpacity: 0.3, className: 'hosting-marker'});
      },
      onEachFeature: function (f, l) { l.bindPopup(popup('Hosting capacity at bus ' + f.properties.id, f.properties)); }
    }), false);
    var chargersMax = maxOf(layers.stations, 'chargers');
    add('stations', 'Stations (size: chargers)', layers.stations && geoLayer(layers.stations, {
      pointToLayer: function (f, latlng) {
        var p = f.properties, storage = (p.storage_kwh || 0) > 0;
        return L.circleMarker(latlng, {radius: 6 + 10 * Math.sqrt((p.chargers || 0) / (chargersMax || 1)),
          color: storage ? '#6a1b9a' : '#0d47a1', weight: storage ? 4 : 2, fillColor: p.existing ? '#90caf9' : '#1e88e5',
          fillOpacity: 0.9, className: 'station-marker'});
      },
      onEachFeature: function (f, l) {
        l.bindPopup(popup('Station ' + f.properties.id, f.properties));
        l.bindTooltip(String(f.properties.id), {permanent: true, direction: 'right', offset: [10, 0], className: 'station-label'});
      }
    }), true);

    if (bounds.isValid()) { map.fitBounds(bounds, {padding: [16, 16]}); } else { map.setView([0, 0], 2); }
    // Side by side, the maps are narrow: the switcher folds up and the legend goes below them.
    var single = data.plans.length === 1;
    L.control.layers(null, overlays, {collapsed: !single, position: 'topright'}).addTo(map);
    L.control.scale({imperial: false}).addTo(map);
    if (!single) {
      return;
    }
    var legend = L.control({position: 'bottomleft'});
    legend.onAdd = function () {
      var div = L.DomUtil.create('div', 'legend');
      div.innerHTML = document.getElementById('legend-template').innerHTML;
      return div;
    };
    legend.addTo(map);
  }

  data.plans.forEach(drawPlan);
  if (data.plans.length > 1) {
    var below = document.getElementById('legend-below');
    below.className = 'legend';
    below.innerHTML = document.getElementById('legend-template').innerHTML;
  }
})();
