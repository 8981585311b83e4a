/*
 * A page kept live by a channel, for pages that read their list again rather than draw the frame:
 * the element marked data-live="<channel>" joins /ws/<channel>; on each frame (only those whose
 * field data-live-key equals data-live-subject, where the element names them) it calls the page's
 * remote command named in data-live-refresh, at most once a second, and once more each time the
 * socket opens again after a loss, for frames missed meanwhile. Frames carry no names: the command reads what the
 * reader may see. With data-online / data-offline texts it shows the connection in
 * #live-connection and marks the element offline. Reconnects with backoff.
 */
(function () {
  'use strict';
  const root = document.querySelector('[data-live]');
  if (!root) { return; }
  const channel = root.dataset.live;
  const command = root.dataset.liveRefresh;
  const key = root.dataset.liveKey;
  const subject = key ? Number(root.dataset.liveSubject) : null;
  let socket = null;
  let backoff = 500;
  let retry = null;
  let refreshTimer = null;
  let refreshDue = false;
  let opened = false;

  function setOnline(online) {
    if (!root.dataset.online) { return; }
    root.classList.toggle('offline', !online);
    const badge = document.getElementById('live-connection');
    if (badge) { badge.textContent = online ? root.dataset.online : root.dataset.offline; }
  }

  function refresh() {
    if (typeof window[command] !== 'function') { return; }
    if (refreshTimer) { refreshDue = true; return; }
    window[command]();
    refreshTimer = setTimeout(function next() {
      refreshTimer = null;
      if (refreshDue) { refreshDue = false; refresh(); }
    }, 1000);
  }

  function connect() {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    socket = new WebSocket(scheme + '://' + location.host + '/ws/' + channel);
    socket.onopen = () => {
      backoff = 500;
      setOnline(true);
      if (opened) { refresh(); }
      opened = true;
    };
    socket.onmessage = (event) => {
      const frame = JSON.parse(event.data);
      if (!key || frame[key] === subject) { refresh(); }
    };
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
