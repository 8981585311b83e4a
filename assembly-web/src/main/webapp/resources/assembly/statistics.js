/*
 * The live statistics page: joins /ws/statistics (as live.js joins /ws/plenary), shows when the page
 * is offline, reconnects with backoff, and on each frame of this page's Assembly writes its counts
 * into the cells marked data-figure="path.in.the.figures", then asks the server (the page's remote
 * command, at most once a second) to draw the shares, the charts and the days again. Every frame
 * holds all the figures, in order on its socket, so the sequence numbers need no checking: a missed
 * frame needs no snapshot, the next one (or the one a screen receives on rejoining) brings
 * everything.
 */
(function () {
  'use strict';
  const root = document.getElementById('statistics');
  if (!root) { return; }
  const assembly = Number(root.dataset.assembly);
  let socket = null;
  let backoff = 500;
  let retry = null;
  let refreshTimer = null;
  let refreshDue = false;

  function setOnline(online) {
    root.classList.toggle('offline', !online);
    const badge = document.getElementById('live-connection');
    if (badge) { badge.textContent = online ? root.dataset.online : root.dataset.offline; }
  }

  function valueAt(figures, path) {
    return path.split('.').reduce((value, key) => (value === null || value === undefined) ? value : value[key], figures);
  }

  function write(figures) {
    root.querySelectorAll('[data-figure]').forEach((cell) => {
      const value = valueAt(figures, cell.dataset.figure);
      if (typeof value === 'number' && cell.textContent !== String(value)) { cell.textContent = String(value); }
    });
  }

  /* The remote command draws what the frame cannot fill in alone; at most once a second. */
  function refresh() {
    if (typeof window.refreshStatistics !== 'function') { return; }
    if (refreshTimer) { refreshDue = true; return; }
    window.refreshStatistics();
    refreshTimer = setTimeout(function next() {
      refreshTimer = null;
      if (refreshDue) { refreshDue = false; refresh(); }
    }, 1000);
  }

  function onFrame(message) {
    const figures = message.figures;
    if (!figures || figures.assemblyId !== assembly) { return; }
    write(figures);
    refresh();
  }

  function connect() {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    socket = new WebSocket(scheme + '://' + location.host + '/ws/statistics');
    socket.onopen = () => { backoff = 500; setOnline(true); };
    socket.onmessage = (event) => { onFrame(JSON.parse(event.data)); };
    socket.onclose = () => {
      setOnline(false);
      clearTimeout(retry);
      retry = setTimeout(connect, backoff + Math.random() * backoff);
      backoff = Math.min(backoff * 2, 10000);
    };
  }

  window.addEventListener('offline', () => { setOnline(false); if (socket) { socket.close(); } });
  window.addEventListener('online', () => {
    backoff = 500;
    if (!socket || socket.readyState > WebSocket.OPEN) { clearTimeout(retry); connect(); }
  });
  setOnline(false);
  connect();
}());
