// A stand-in for Google's Maps script, for tests without internet: just enough of google.maps for GMapsFX and
// GoogleLayers, recording what is drawn in window.fake so a test can read it and click it.
(function () {
  var fake = window.fake = { src: document.currentScript ? document.currentScript.src : '', markers: [], lines: [] };
  function Shape(options) {
    this.options = options || {}; this.listeners = {}; this.icon = this.options.icon;
    if (this.options.map) { this.setMap(this.options.map); }
  }
  Shape.prototype.setMap = function (map) {
    this.map = map;
    var list = this instanceof Marker ? fake.markers : fake.lines;
    var at = list.indexOf(this);
    if (map && at < 0) { list.push(this); }
    if (!map && at >= 0) { list.splice(at, 1); }
  };
  Shape.prototype.setIcon = function (icon) { this.icon = icon; };
  Shape.prototype.setZIndex = function (z) { this.zIndex = z; };
  Shape.prototype.getTitle = function () { return this.options.title; };
  function Marker(options) { Shape.call(this, options); }
  Marker.prototype = Object.create(Shape.prototype);
  Marker.prototype.constructor = Marker;
  function Polyline(options) { Shape.call(this, options); }
  Polyline.prototype = Object.create(Shape.prototype);
  Polyline.prototype.constructor = Polyline;
  function Map(div, options) { this.options = options || {}; this.zoom = this.options.zoom; this.center = this.options.center; }
  Map.prototype.getZoom = function () { return this.zoom; };
  Map.prototype.setZoom = function (z) { this.zoom = z; };
  Map.prototype.getCenter = function () { return this.center; };
  Map.prototype.setCenter = function (c) { this.center = c; };
  Map.prototype.getProjection = function () { return null; };
  function LatLng(lat, lng) { this.latValue = lat; this.lngValue = lng; }
  LatLng.prototype.lat = function () { return this.latValue; };
  LatLng.prototype.lng = function () { return this.lngValue; };
  function MVCArray(items) { this.items = items || []; }
  MVCArray.prototype.getLength = function () { return this.items.length; };
  window.google = { maps: {
    Map: Map, Marker: Marker, Polyline: Polyline, LatLng: LatLng, MVCArray: MVCArray,
    Point: function (x, y) { this.x = x; this.y = y; },
    Node: function () { },
    MapTypeId: { ROADMAP: 'roadmap' },
    event: {
      addListener: function (target, name, handler) {
        target.listeners = target.listeners || {};
        target.listeners[name] = handler;
      },
      clearInstanceListeners: function (target) { target.listeners = {}; }
    }
  } };
  fake.click = function (title) {
    fake.markers.filter(function (m) { return m.options.title.indexOf(title) === 0; })[0].listeners.click();
  };
  setTimeout(function () { window.fieldworkMapsLoaded(); }, 0);
})();
