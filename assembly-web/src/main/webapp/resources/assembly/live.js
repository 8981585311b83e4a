/*
 * Assembly live screens: one WebSocket to /ws/plenary shared by the tablet, the Secretariat console
 * and the hall screen. Shows when the screen is offline, reconnects with backoff, fetches a snapshot
 * after (re)connecting or when a frame was missed (sequence gap), and renders the vote.
 * Frames carry totals only; the board of delegations comes from the REST snapshot, fetched when
 * a vote opens or changes state, and (on screens that show the board) at most once a second.
 * Every word comes from the page's resource bundle (data-texts on #live).
 * A timed vote's countdown runs on the server's time: each frame carries the server's clock, and
 * the screen keeps only the difference between that and its own, never its own idea of the time.
 * A vote that decides a request of an emergency item selection comes with the whole selection
 * (frames carry it; a snapshot without it fetches it): the screen keeps showing one of its votes
 * and every request's tally, and at the close each request's arithmetic and which is added.
 */
(function () {
  'use strict';
  const root = document.getElementById('live');
  if (!root) { return; }
  const texts = JSON.parse(root.dataset.texts);
  const lang = document.documentElement.lang || 'en';
  const numbers = new Intl.NumberFormat(lang, { numberingSystem: 'latn' });
  const regions = (typeof Intl.DisplayNames === 'function') ? new Intl.DisplayNames([lang], { type: 'region' }) : null;
  const fmt = (n) => (n === null || n === undefined) ? '–' : numbers.format(n);
  const text = (key, ...args) => (texts[key] || key).replace(/\{(\d+)\}/g, (m, i) => args[Number(i)]);
  const listeners = [];
  let current = null;
  let lastSeq = 0;
  let socket = null;
  let backoff = 500;
  let retry = null;
  const showsBoard = !!root.querySelector('[data-board]');
  let boardTimer = null;
  let boardDue = false;
  /* The server's clock minus this device's, from the latest frame; null until a frame came. */
  let serverOffset = null;
  let ticker = null;
  const twoDigits = new Intl.NumberFormat(lang, { numberingSystem: 'latn', minimumIntegerDigits: 2, useGrouping: false });

  function setOnline(online) {
    root.classList.toggle('offline', !online);
    const badge = document.getElementById('live-connection');
    if (badge) { badge.textContent = online ? text('live.online') : text('live.offline'); }
  }

  /* Whether two votes decide requests of the same emergency item selection. */
  function sameSelection(a, b) {
    return !!(a && b && a.emergency && b.emergency && a.emergency.selectionId === b.emergency.selectionId);
  }

  /* The more recent of two pictures of a selection: the one whose votes' chains are longer. */
  function fresher(a, b) {
    if (!a || !b) { return a || b; }
    const length = (s) => s.requests.reduce((sum, r) => sum + (r.vote ? r.vote.auditSequence : 0), 0);
    return length(b) >= length(a) ? b : a;
  }

  function show(vote) {
    if (!vote) { return; }
    if (sameSelection(current, vote) && vote.voteId !== current.voteId) {
      /* Another request of the selection on screen: its picture of the whole selection, the vote shown kept. */
      current.selection = fresher(current.selection, vote.selection);
      const mine = current.selection && current.selection.requests.find((r) => r.voteId === current.voteId);
      if (mine && mine.vote && mine.vote.auditSequence > current.auditSequence) {
        current = Object.assign({}, mine.vote, { board: current.board, selection: current.selection });
      }
      render(current);
      listeners.forEach((l) => l(current));
      return;
    }
    if (current && vote.voteId < current.voteId && current.state === 'OPEN') { return; }
    if (current && vote.voteId === current.voteId && vote.auditSequence < current.auditSequence) { return; }
    if (current && vote.voteId === current.voteId && !vote.board) { vote.board = current.board; }
    if (sameSelection(current, vote)) { vote.selection = fresher(current.selection, vote.selection); }
    current = vote;
    render(vote);
    listeners.forEach((l) => l(vote));
    if (vote.emergency && !vote.selection) { fetchSelection(vote.emergency.selectionId); }
  }

  async function fetchSelection(selectionId) {
    try {
      const response = await fetch('/api/public/emergency-selections/' + selectionId, { headers: { 'Accept': 'application/json' } });
      if (response.ok && current && current.emergency && current.emergency.selectionId === selectionId) {
        current.selection = fresher(current.selection, await response.json());
        render(current);
        listeners.forEach((l) => l(current));
      }
    } catch (e) { /* offline: the next frame carries it */ }
  }

  async function fetchVote(voteId) {
    try {
      const response = await fetch('/api/public/votes/' + voteId, { headers: { 'Accept': 'application/json' } });
      if (response.ok) { show(await response.json()); }
    } catch (e) { /* offline: the next frame or reconnect asks again */ }
  }

  /* A frame without the board: fetch the board now if the vote opened or changed state,
     else (board screens only) at most once a second. */
  function onFrame(vote) {
    const before = current;
    const other = before && before.voteId !== vote.voteId;
    const moved = !before || (other && !sameSelection(before, vote)) || (!other && before.state !== vote.state);
    const advanced = before && !other && vote.auditSequence > before.auditSequence;
    show(vote);
    if (moved) {
      fetchVote(vote.voteId);
    } else if (advanced && showsBoard) {
      if (boardTimer) { boardDue = true; return; }
      fetchVote(vote.voteId);
      boardTimer = setTimeout(function next() {
        boardTimer = null;
        if (boardDue) { boardDue = false; fetchVote(current.voteId); boardTimer = setTimeout(next, 1000); }
      }, 1000);
    }
  }

  async function snapshot() {
    try {
      const response = await fetch('/api/public/votes/current', { headers: { 'Accept': 'application/json', 'Accept-Language': lang } });
      if (response.ok) { show(await response.json()); }
    } catch (e) { /* offline: the socket's reconnect will try again */ }
  }

  function connect() {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    socket = new WebSocket(scheme + '://' + location.host + '/ws/plenary');
    /* Frames are numbered by the server the socket reached: after a reconnect, possibly to another
       instance of a deployment group, the numbering starts again from what that server says, and
       the snapshot fetched now covers whatever was missed meanwhile. */
    socket.onopen = () => { backoff = 500; lastSeq = 0; setOnline(true); snapshot(); };
    socket.onmessage = (event) => {
      const message = JSON.parse(event.data);
      if (lastSeq && message.seq > lastSeq + 1) { snapshot(); }
      lastSeq = Math.max(lastSeq, message.seq);
      if (typeof message.serverTime === 'number') { serverOffset = message.serverTime - Date.now(); }
      if (message.vote && message.emergency) { message.vote.selection = message.emergency; }
      onFrame(message.vote);
    };
    socket.onclose = () => {
      setOnline(false);
      clearTimeout(retry);
      retry = setTimeout(connect, backoff + Math.random() * backoff);
      backoff = Math.min(backoff * 2, 10000);
    };
  }

  /* The tablet knows before the socket does: show offline at once, and reconnect as soon as the
     network is back instead of waiting for the next backoff. */
  window.addEventListener('offline', () => { setOnline(false); if (socket) { socket.close(); } });
  window.addEventListener('online', () => {
    backoff = 500;
    if (!socket || socket.readyState > WebSocket.OPEN) { clearTimeout(retry); connect(); }
  });

  function set(field, value) {
    root.querySelectorAll('[data-field="' + field + '"]').forEach((el) => { el.textContent = value; });
  }

  /* The bundle's pattern for two texts ({0}; {1}), applied along a list. */
  function joined(texts, pattern) {
    return texts.reduce((all, t) => all === null ? t : text(pattern, all, t), null) || '';
  }

  /* Each request's arithmetic, and once closed which is added: the server's numbers, in words. */
  function selectionText(sel) {
    const closed = !!sel.outcome;
    const clauses = sel.requests.filter((r) => r.vote && r.vote.totals && r.vote.required).map((r) => {
      const t = r.vote.totals;
      return closed
        ? text('live.emergency.arithmetic.closed', r.label, fmt(t.yes), fmt(t.yes + t.no), fmt(r.vote.required),
          text(r.eligible ? 'live.emergency.eligible' : 'live.emergency.not-eligible'))
        : text('live.emergency.arithmetic', r.label, fmt(t.yes), fmt(t.yes + t.no), fmt(r.vote.required));
    });
    if (closed) {
      clauses.push(text('live.emergency.outcome.' + sel.outcome, joined(sel.leadingRequests || [], 'live.emergency.list')));
    }
    return joined(clauses, 'live.emergency.join');
  }

  function renderSelection(sel) {
    const table = root.querySelector('[data-requests]');
    const rows = document.getElementById('live-requests');
    root.classList.toggle('emergency', !!sel);
    if (table) { table.hidden = !sel; }
    if (!sel || !rows) { return; }
    set('subject', sel.subject);
    set('method', text('VoteMethod.' + sel.method) + ' · ' + text('live.emergency.method'));
    set('voted', '');
    set('outcome', selectionText(sel));
    rows.replaceChildren(...sel.requests.map((r) => {
      const row = document.createElement('tr');
      row.className = 'request-' + r.label.replace(/\+/g, '-') + ((sel.leadingRequests || []).includes(r.label) && sel.outcome === 'ADDED' ? ' added' : '');
      const head = document.createElement('th');
      head.scope = 'row';
      head.textContent = r.label;
      const title = document.createElement('span');
      title.className = 'request-title';
      title.textContent = r.title + (r.merged && r.merged.length ? ' (' + text('live.emergency.merged', joined(r.merged.map((m) => m.label), 'live.emergency.list')) + ')' : '');
      head.appendChild(title);
      row.appendChild(head);
      const t = r.vote && r.vote.totals;
      [t ? fmt(t.yes) : '–', t ? fmt(t.no) : '–', t ? fmt(t.abstain) : '–', r.vote ? fmt(r.vote.required) : '–',
        r.eligible === true ? text('live.emergency.eligible') : (r.eligible === false ? text('live.emergency.not-eligible') : '')].forEach((value) => {
        const cell = document.createElement('td');
        cell.textContent = value;
        row.appendChild(cell);
      });
      return row;
    }));
  }

  function outcomeText(v) {
    const rule = text('MajorityRule.' + v.majorityRule);
    const sentence = text('live.arithmetic', fmt(v.totals.yes), fmt(v.totals.yes + v.totals.no), rule, fmt(v.required));
    return v.outcome ? sentence + ' — ' + text('Outcome.' + v.outcome) : sentence;
  }

  /* The time left as h:mm:ss or m:ss, in the page's digits. */
  function clockText(millis) {
    const total = Math.ceil(millis / 1000);
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    return (h > 0 ? numbers.format(h) + ':' + twoDigits.format(m) : numbers.format(m)) + ':' + twoDigits.format(s);
  }

  /* A UTC date-time as the server sends it (no zone), in epoch milliseconds. */
  function utc(dateTime) {
    return Date.parse(/(Z|[+-]\d\d:\d\d)$/.test(dateTime) ? dateTime : dateTime + 'Z');
  }

  function tick() {
    const v = current;
    const timed = v && v.state === 'OPEN' && v.closesAt && serverOffset !== null;
    root.classList.toggle('timed', !!timed);
    if (!timed) {
      set('countdown', '');
      clearInterval(ticker);
      ticker = null;
      return;
    }
    const left = utc(v.closesAt) - (Date.now() + serverOffset);
    set('countdown', left > 0 ? text('live.countdown', clockText(left)) : text('live.time-up'));
    root.dataset.remaining = String(Math.max(0, Math.ceil(left / 1000)));
    if (!ticker) { ticker = setInterval(tick, 250); }
  }

  function render(v) {
    root.dataset.state = v.state;
    root.dataset.voteId = v.voteId;
    set('subject', (v.subjectTranslations && v.subjectTranslations[lang]) || v.subject);
    set('state', text('VoteState.' + v.state));
    set('method', text('VoteMethod.' + v.method) + ' · ' + text('MajorityRule.' + v.majorityRule));
    set('voted', text('live.delegations', fmt(v.delegationsVoted), fmt(v.delegationsEligible)));
    set('yes', v.totals ? fmt(v.totals.yes) : '–');
    set('no', v.totals ? fmt(v.totals.no) : '–');
    set('abstain', v.totals ? fmt(v.totals.abstain) : '–');
    set('cast', v.totals ? fmt(v.totals.yes + v.totals.no) : '–');
    set('required', v.required === null || v.required === undefined ? '–' : fmt(v.required));
    set('outcome', v.totals && v.required ? outcomeText(v) : (v.state === 'OPEN' ? text('live.secret-running') : ''));
    set('letter', v.rollCallLetter ? text('live.roll-call-letter', v.rollCallLetter) : '');
    const banner = document.getElementById('live-banner');
    if (banner) {
      /* The outcome in large letters, coloured (an emergency item selection says its own); a result
         voided after the fact is marked VOID, its reason beside it. */
      const outcome = v.voided ? 'VOID' : (!v.emergency && v.totals && v.outcome ? v.outcome : null);
      banner.hidden = !outcome;
      banner.textContent = outcome ? text('live.banner.' + outcome) : '';
      banner.className = 'banner' + (outcome ? ' ' + outcome.toLowerCase().replace('_', '-') : '');
    }
    set('void', v.voided ? text('live.void', v.voided.reason) : '');
    root.dataset.selectionId = v.emergency ? v.emergency.selectionId : '';
    renderSelection(v.emergency ? v.selection : null);
    tick();
    const board = root.querySelector('[data-board]');
    if (board && v.board) {
      board.replaceChildren(...v.board.filter((e) => e.voted || (v.state === 'OPEN' && e.usableVotes > 0)).map((e) => {
        const row = document.createElement('tr');
        row.className = e.voted ? 'voted' : 'waiting';
        const name = e.countryCode && regions ? regions.of(e.countryCode) : (e.countryCode || e.parliamentId);
        [name, fmt(e.usableVotes), e.voted ? (e.yes === null ? '✓' : fmt(e.yes)) : '', e.voted && e.no !== null ? fmt(e.no) : '',
          e.voted && e.abstain !== null ? fmt(e.abstain) : ''].forEach((value) => {
          const cell = document.createElement('td');
          cell.textContent = value;
          row.appendChild(cell);
        });
        return row;
      }));
    }
  }

  window.AssemblyLive = {
    onVote: (listener) => listeners.push(listener),
    current: () => current,
    text: text,
    joined: joined,
    format: fmt,
    refresh: snapshot
  };
  setOnline(false);
  connect();
}());
