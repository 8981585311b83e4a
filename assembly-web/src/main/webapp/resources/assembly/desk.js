/*
 * The check-in desk. A badge's code comes from a USB scanner (it types the code and Enter), the
 * keyboard, the camera (BarcodeDetector, where the browser has it) or a search by name. Each scan
 * goes to /api/check-in with an id of this desk's own, so that a scan sent twice is recorded once.
 * The desk keeps the roster it synced (participants, badge codes, today's check-ins) and, when the
 * network is gone, answers from it and queues its scans on this device (localStorage); the queue is
 * sent in order when the network is back. Every word comes from the bundles (data-texts on #desk).
 */
(function () {
  'use strict';
  const root = document.getElementById('desk');
  if (!root) { return; }
  const texts = JSON.parse(root.dataset.texts);
  const lang = document.documentElement.lang || 'en';
  const text = (key, ...args) => (texts[key] || key).replace(/\{(\d+)\}/g, (m, i) => args[Number(i)]);
  const $ = (id) => document.getElementById(id);
  const ROSTER = 'assembly.desk.roster';
  const QUEUE = 'assembly.desk.queue';
  const SETUP = 'assembly.desk.setup';
  const SYNC_EVERY = 5 * 60 * 1000;
  const FLUSH_EVERY = 5000;
  const TIMEOUT = 4000;

  let roster = load(ROSTER, null);
  let queue = load(QUEUE, []);
  let online = navigator.onLine;
  let flushing = false;

  function load(key, otherwise) {
    try { return JSON.parse(localStorage.getItem(key)) || otherwise; } catch (e) { return otherwise; }
  }
  function save(key, value) { localStorage.setItem(key, JSON.stringify(value)); }

  function newId() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return 'desk-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  function zone() { return (roster && roster.zone) || 'Europe/Zurich'; }
  function time(instant) {
    return new Intl.DateTimeFormat(lang, { numberingSystem: 'latn', hour: '2-digit', minute: '2-digit', timeZone: zone() }).format(new Date(instant));
  }
  /** The venue's date (YYYY-MM-DD) at an instant. */
  function venueDay(instant) {
    return new Intl.DateTimeFormat('en-CA', { timeZone: zone() }).format(new Date(instant));
  }

  async function call(path, options) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), TIMEOUT);
    try {
      return await fetch(path, Object.assign({
        credentials: 'same-origin',
        signal: controller.signal,
        headers: { 'Accept': 'application/json', 'Content-Type': 'application/json', 'Accept-Language': lang }
      }, options));
    } finally {
      clearTimeout(timer);
    }
  }

  function setOnline(now) {
    online = now;
    root.classList.toggle('offline', !now);
    $('desk-connection').textContent = now ? text('checkin.online') : text('checkin.offline');
  }

  function showStatus() {
    if (roster) {
      $('desk-synced').textContent = text('checkin.synced', roster.people.length, time(roster.syncedAt));
    }
    $('desk-queue').textContent = queue.length ? text('checkin.queue', queue.length) : text('checkin.queue.empty');
  }

  async function sync() {
    try {
      const response = await call('/api/check-in/roster', { method: 'GET' });
      if (!response.ok) { throw new Error(String(response.status)); }
      roster = await response.json();
      /* Scans still queued here count as done on this desk until the server has them. */
      queue.forEach((scan) => {
        const answer = answerOffline(scan);
        if (answer.outcome === 'CHECKED_IN') { remember(answer); }
      });
      save(ROSTER, roster);
      setOnline(true);
    } catch (e) {
      setOnline(false);
    }
    showStatus();
  }

  function person(id) { return roster ? roster.people.find((p) => p.id === id) : null; }

  function doneHere(participantId, kind, day) {
    return roster && roster.checkIns.find((c) => c.participantId === participantId && c.kind === kind && c.day === day);
  }

  function remember(answer) {
    if (!roster || !answer.person || !answer.at) { return; }
    const day = answer.kind === 'ARRIVAL' ? roster.opensOn : venueDay(answer.at);
    if (!doneHere(answer.person.id, answer.kind, day)) {
      roster.checkIns.push({ participantId: answer.person.id, kind: answer.kind, day: day, at: answer.at });
      save(ROSTER, roster);
    }
  }

  function show(answer, queued) {
    const box = $('desk-answer');
    box.hidden = false;
    box.className = 'card desk-answer ' + answer.outcome.toLowerCase();
    const p = answer.person;
    $('desk-outcome').textContent =
      answer.outcome === 'CHECKED_IN' ? (queued ? text('checkin.queued') : text('checkin.done', time(answer.at)))
        : answer.outcome === 'ALREADY' ? text('checkin.already', time(answer.at))
          : answer.outcome === 'REVOKED' ? text('checkin.revoked', time(answer.revokedAt))
            : text('checkin.unknown');
    $('desk-name').textContent = p ? [p.title, p.givenNames, p.familyName].filter(Boolean).join(' ') : '';
    $('desk-delegation').textContent = p ? p.delegation : '';
    $('desk-category').textContent = p ? text('ParticipantCategory.' + p.category) + (p.head ? ' · ' + text('checkin.head') : '') : '';
    $('desk-presence').textContent = answer.presenceRequested ? text('checkin.presence') : '';
    const photo = $('desk-photo');
    if (p && p.photo && online) {
      photo.src = '/api/registrations/participants/' + p.id + '/photo';
      photo.alt = text('checkin.photo', p.givenNames + ' ' + p.familyName);
      photo.hidden = false;
    } else {
      photo.hidden = true;
      photo.removeAttribute('src');
    }
  }

  function showError(message) {
    const box = $('desk-answer');
    box.hidden = false;
    box.className = 'card desk-answer error';
    $('desk-outcome').textContent = message;
    ['desk-name', 'desk-delegation', 'desk-category', 'desk-presence'].forEach((id) => { $(id).textContent = ''; });
    $('desk-photo').hidden = true;
  }

  /** What the roster says of a scan while the network is gone; null if it would be queued. */
  function answerOffline(scan) {
    let participantId = scan.participantId;
    if (scan.code) {
      const code = roster && roster.codes.find((c) => c.code === scan.code);
      if (!code) { return { outcome: 'UNKNOWN', kind: scan.kind }; }
      if (code.revokedAt) { return { outcome: 'REVOKED', kind: scan.kind, person: person(code.participantId), revokedAt: code.revokedAt }; }
      participantId = code.participantId;
    }
    const day = scan.kind === 'ARRIVAL' ? roster.opensOn : venueDay(scan.scannedAt);
    const done = doneHere(participantId, scan.kind, day);
    const who = person(participantId);
    if (done) { return { outcome: 'ALREADY', kind: scan.kind, person: who, at: done.at }; }
    return { outcome: 'CHECKED_IN', kind: scan.kind, person: who, at: scan.scannedAt };
  }

  async function send(scan) {
    const response = await call('/api/check-in', { method: 'POST', body: JSON.stringify(scan) });
    if (response.status >= 500) { throw new Error(String(response.status)); }
    return { ok: response.ok, body: await response.json() };
  }

  async function checkIn(fields) {
    const setup = readSetup();
    const scan = Object.assign({ kind: setup.kind, place: setup.place, clientId: newId(), scannedAt: new Date().toISOString() }, fields);
    try {
      /* Sent at once, the scan takes the server's time; queued, it keeps its own. */
      const answer = await send(Object.assign({}, scan, { scannedAt: null }));
      setOnline(true);
      if (answer.ok) {
        remember(answer.body);
        show(answer.body, false);
      } else {
        showError(answer.body.message);
      }
      flush();
    } catch (e) {
      setOnline(false);
      if (!roster) { showError(text('checkin.offline')); return; }
      const answer = answerOffline(scan);
      if (answer.outcome === 'CHECKED_IN') {
        queue.push(scan);
        save(QUEUE, queue);
        remember(answer);
      }
      show(answer, answer.outcome === 'CHECKED_IN');
    }
    showStatus();
  }

  /** Sends the queued scans in order; stops at the first that cannot reach the server. */
  async function flush() {
    if (flushing || !queue.length) { return; }
    flushing = true;
    try {
      while (queue.length) {
        try {
          await send(queue[0]);
        } catch (e) {
          setOnline(false);
          return;
        }
        setOnline(true);
        /* Sent: recorded, already recorded, or refused for good (said on the server's log of answers). */
        queue.shift();
        save(QUEUE, queue);
        showStatus();
      }
    } finally {
      flushing = false;
      showStatus();
    }
  }

  function readSetup() {
    return { kind: $('desk-kind').value, place: $('desk-place').value.trim() || text('checkin.place.default') };
  }

  function restoreSetup() {
    const setup = load(SETUP, null);
    if (setup) {
      $('desk-kind').value = setup.kind;
      $('desk-place').value = setup.place;
    }
    const keep = () => save(SETUP, readSetup());
    $('desk-kind').addEventListener('change', keep);
    $('desk-place').addEventListener('change', keep);
  }

  /* A USB scanner types the code and Enter; so does a person. */
  $('desk-code-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = $('desk-code');
    const code = input.value.trim();
    input.value = '';
    input.focus();
    if (code) { checkIn({ code: code }); }
  });

  /* Search by name: the server's answer when online, the roster's otherwise. */
  let searchTimer = null;
  $('desk-search').addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(search, 250);
  });

  async function search() {
    const typed = $('desk-search').value.trim();
    const list = $('desk-found');
    list.textContent = '';
    if (typed.length < 2) { return; }
    let found;
    try {
      const response = await call('/api/check-in/search?q=' + encodeURIComponent(typed), { method: 'GET' });
      if (!response.ok) { throw new Error(String(response.status)); }
      found = (await response.json()).people;
    } catch (e) {
      const lower = typed.toLocaleLowerCase(lang);
      found = roster ? roster.people.filter((p) =>
        [p.familyName, p.givenNames, p.givenNames + ' ' + p.familyName].some((n) => n.toLocaleLowerCase(lang).startsWith(lower))).slice(0, 20) : [];
    }
    if (!found.length) {
      const none = document.createElement('li');
      none.textContent = text('checkin.search.none');
      list.appendChild(none);
      return;
    }
    found.forEach((p) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'ui-button ui-widget ui-corner-all ui-button-outlined desk-person';
      button.textContent = [p.givenNames, p.familyName].join(' ') + ' · ' + p.delegation + ' · ' + text('ParticipantCategory.' + p.category);
      button.addEventListener('click', () => {
        list.textContent = '';
        $('desk-search').value = '';
        checkIn({ participantId: p.id });
        $('desk-code').focus();
      });
      item.appendChild(button);
      list.appendChild(item);
    });
  }

  /* The camera, where the browser reads QR codes (BarcodeDetector). */
  let stream = null;
  let lastCode = null;
  let lastAt = 0;
  $('desk-camera').addEventListener('click', async () => {
    const video = $('desk-video');
    const label = $('desk-camera').querySelector('.ui-button-text');
    if (stream) {
      stream.getTracks().forEach((t) => t.stop());
      stream = null;
      video.hidden = true;
      label.textContent = text('checkin.camera');
      return;
    }
    if (!('BarcodeDetector' in window) || !navigator.mediaDevices) {
      showError(text('checkin.camera.unavailable'));
      return;
    }
    try {
      const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      video.srcObject = stream;
      video.hidden = false;
      await video.play();
      label.textContent = text('checkin.camera.stop');
      const look = async () => {
        if (!stream) { return; }
        try {
          const codes = await detector.detect(video);
          const now = Date.now();
          if (codes.length && (codes[0].rawValue !== lastCode || now - lastAt > 3000)) {
            lastCode = codes[0].rawValue;
            lastAt = now;
            checkIn({ code: lastCode });
          }
        } catch (e) { /* a frame that could not be read */ }
        setTimeout(look, 250);
      };
      look();
    } catch (e) {
      stream = null;
      showError(text('checkin.camera.unavailable'));
    }
  });

  window.addEventListener('online', () => { setOnline(true); flush(); });
  window.addEventListener('offline', () => setOnline(false));
  restoreSetup();
  setOnline(online);
  showStatus();
  sync().then(flush);
  setInterval(() => { if (queue.length) { flush(); } }, FLUSH_EVERY);
  setInterval(sync, SYNC_EVERY);
}());
