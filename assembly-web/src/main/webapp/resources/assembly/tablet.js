/*
 * The delegate's tablet: check in, then cast the delegation's split for the vote on screen, or
 * (delegate by delegate) one's own share of it. The tablet asks for confirmation before sending.
 * A ballot keeps one idempotency key until it is answered, so a retry after a network failure
 * either gets the receipt or a clear refusal; the same ballot is never counted twice. Every number
 * shown comes from the server: usable votes from the vote's board, counts and hash from the
 * receipt, who cast what share from the delegation's shares, the result from the closed vote.
 * In a secret vote any delegate present may cast their own share instead of the delegation's whole
 * ballot, once (final); the delegation then sees who took part and the votes each used, never how.
 * In an emergency item selection the delegation splits its votes per request: one row of counts
 * per request, sent as one ballot (a receipt per request); a request refused is named with its
 * reason; the delegation sees who cast what share on each request (one table per request, from
 * each request's vote).
 * The tablet reads its standing in the vote on screen from the server (GET /api/votes/{id}/standing)
 * whenever the vote changes or presence changes (a frame on /ws/presence re-renders the presence
 * form: live-refresh.js): who casts, the delegation's usable votes, why this delegate may not cast
 * (shown instead of the form), and the delegation's ballot as counted with its receipt, so a reload
 * or a server restart shows it again. While the delegate types, the form shows the sum of the typed
 * counts against the usable votes.
 */
(function () {
  'use strict';
  const form = document.getElementById('ballot');
  if (!form || !window.AssemblyLive) { return; }
  const live = window.AssemblyLive;
  const parliamentId = Number(form.dataset.parliament);
  const lang = document.documentElement.lang || 'en';
  const message = document.getElementById('ballot-message');
  const receipt = document.getElementById('ballot-receipt');
  const usable = document.getElementById('ballot-usable');
  const button = document.getElementById('ballot-submit');
  const who = document.getElementById('ballot-who');
  const shareChoice = document.getElementById('ballot-share-choice');
  const shareBox = document.getElementById('ballot-share');
  const confirmPanel = document.getElementById('ballot-confirm');
  const confirmQuestion = document.getElementById('ballot-confirm-question');
  const sharesSection = document.getElementById('ballot-shares');
  const sharesTables = document.getElementById('ballot-shares-tables');
  const sharesSecret = document.getElementById('ballot-shares-secret');
  const requestsBox = document.getElementById('ballot-requests');
  const splitBox = document.getElementById('ballot-split');
  let caster = form.dataset.caster === 'true';
  const delegation = form.dataset.delegation || '';
  const standingBox = document.getElementById('ballot-standing');
  const refusal = document.getElementById('ballot-refusal');
  const total = document.getElementById('ballot-total');
  const current = document.getElementById('ballot-current');
  /* The server's standing of this delegate in the vote on screen (null until read). */
  let standing = null;
  /* The vote (id and state) whose standing was last asked for. */
  let standingFor = null;
  /* The vote whose receipt is on screen (from a ballot sent here or from the standing). */
  let receiptFor = null;
  let pending = null;
  let proposed = null;
  let sharesVote = null;
  let sharesAt = 0;
  let sharesTimer = null;
  /* The selection whose rows of counts are on the form (built once, so typing is never lost). */
  let rowsFor = null;

  /* One row of counts per request of the selection. */
  function buildRows(sel) {
    if (rowsFor === sel.selectionId + ':' + sel.requests.map((r) => r.label).join(',')) { return; }
    rowsFor = sel.selectionId + ':' + sel.requests.map((r) => r.label).join(',');
    requestsBox.replaceChildren(...sel.requests.map((r) => {
      const row = document.createElement('div');
      row.className = 'request-row';
      row.dataset.request = r.label;
      const name = document.createElement('span');
      name.className = 'request-name';
      name.textContent = r.label + ' · ' + r.title;
      row.appendChild(name);
      ['yes', 'no', 'abstain'].forEach((option) => {
        const input = document.createElement('input');
        input.type = 'number';
        input.min = '0';
        input.max = '1000';
        input.inputMode = 'numeric';
        input.value = '0';
        input.id = 'ballot-' + r.label.replace(/\+/g, '-') + '-' + option;
        input.dataset.option = option;
        input.setAttribute('aria-label', live.text('tablet.emergency.input', r.label, live.text('live.' + option)));
        row.appendChild(input);
      });
      return row;
    }));
  }

  /* The counts typed for each request, leaving out those left at 0. */
  function requestSplits() {
    return Array.from(requestsBox.querySelectorAll('.request-row')).map((row) => {
      const value = (option) => Number(row.querySelector('[data-option="' + option + '"]').value || 0);
      return { request: row.dataset.request, yes: value('yes'), no: value('no'), abstain: value('abstain') };
    }).filter((s) => s.yes + s.no + s.abstain > 0);
  }

  function joined(texts) {
    return live.joined(texts, 'live.emergency.join');
  }

  /* At most one fetch of the shares every 3 s; a change within that time is fetched at its end. */
  function sharesSoon(vote) {
    const wait = 3000 - (Date.now() - sharesAt);
    if (wait <= 0) {
      refreshShares(vote);
    } else if (!sharesTimer) {
      sharesTimer = setTimeout(() => { sharesTimer = null; refreshShares(live.current() || vote); }, wait);
    }
  }

  /* The votes whose shares the tablet shows: the vote on screen, or each request's of a selection. */
  function sharesOf(vote) {
    const sel = vote.emergency ? vote.selection : null;
    if (!sel) { return [{ voteId: vote.voteId, request: null }]; }
    return sel.requests.filter((r) => r.voteId).map((r) => ({ voteId: r.voteId, request: r }));
  }

  /* One table of who cast what: a column per option in a named vote, only the votes used in a
     secret one (how a delegate voted is stored nowhere). */
  function sharesTable(answer, request) {
    const table = document.createElement('table');
    table.className = 'board';
    if (request) {
      const caption = document.createElement('caption');
      caption.textContent = live.text('tablet.shares.request', request.label, request.title);
      table.appendChild(caption);
    }
    const head = document.createElement('tr');
    (answer.secret ? ['tablet.shares.delegate', 'tablet.shares.votes-used']
      : ['tablet.shares.delegate', 'live.yes', 'live.no', 'live.abstain']).forEach((key) => {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = live.text(key);
      head.appendChild(th);
    });
    const thead = document.createElement('thead');
    thead.appendChild(head);
    const body = document.createElement('tbody');
    body.id = 'ballot-shares-rows' + (request ? '-' + request.label.replace(/\+/g, '-') : '');
    answer.shares.forEach((s) => {
      const row = document.createElement('tr');
      (answer.secret ? [s.castBy, live.format(s.votesUsed)]
        : [s.castBy, live.format(s.yes), live.format(s.no), live.format(s.abstain)]).forEach((value) => {
        const cell = document.createElement('td');
        cell.textContent = value;
        row.appendChild(cell);
      });
      body.appendChild(row);
    });
    table.append(thead, body);
    return table;
  }

  /* Who cast what share in this delegation, as the server has it (each request's, in a selection). */
  async function refreshShares(vote) {
    sharesAt = Date.now();
    const wanted = sharesVote;
    try {
      const answers = await Promise.all(sharesOf(vote).map(async (v) => {
        const response = await fetch('/api/votes/' + v.voteId + '/shares', {
          credentials: 'same-origin', headers: { 'Accept': 'application/json', 'Accept-Language': lang }
        });
        return response.ok ? { request: v.request, answer: await response.json() } : null;
      }));
      if (wanted !== sharesVote) { return; } /* another vote came on screen meanwhile */
      const cast = answers.filter((a) => a && a.answer.shares.length > 0);
      sharesSection.hidden = cast.length === 0;
      sharesSecret.hidden = !cast.some((a) => a.answer.secret);
      sharesTables.replaceChildren(...cast.map((a) => sharesTable(a.answer, a.request)));
    } catch (e) { /* offline: the next change asks again */ }
  }

  function mine(vote) {
    return (vote.board || []).find((e) => e.parliamentId === parliamentId);
  }

  /* The delegation's usable votes in the vote: the board's (server) number, else the standing's. */
  function usableVotes(vote) {
    const entry = vote && mine(vote);
    if (entry) { return entry.usableVotes; }
    return standing && vote && standing.voteId === vote.voteId ? standing.usableVotes : null;
  }

  /* The sum of the typed counts against the usable votes, as the delegate types. */
  function showTotal() {
    const vote = live.current();
    const usableNow = usableVotes(vote);
    if (!vote || vote.emergency || usableNow === null || usableNow === undefined) {
      total.textContent = '';
      return;
    }
    const sum = ['yes', 'no', 'abstain'].reduce((all, name) => all + (Number(form.elements[name].value) || 0), 0);
    total.textContent = live.text(sum > usableNow ? 'tablet.total.over' : 'tablet.total', live.format(sum), live.format(usableNow));
    total.className = 'ballot-total' + (sum > usableNow ? ' over' : '');
  }

  /* The delegation's ballot as the server counts it, and its receipt. */
  function showCurrent(vote) {
    const b = standing && standing.voteId === vote.voteId ? standing.ballot : null;
    if (!b || vote.emergency || pending || receiptFor === vote.voteId) { return; }
    receiptFor = vote.voteId;
    if (b.yes === null || b.yes === undefined) {
      current.textContent = live.text('tablet.ballot.current-secret');
      receipt.textContent = live.text('tablet.receipt.secret', b.auditSequence, b.auditHash.substring(0, 16));
      return;
    }
    current.textContent = live.text('tablet.ballot.current', live.format(b.yes), live.format(b.no), live.format(b.abstain));
    receipt.textContent = live.text('tablet.receipt', b.auditSequence, live.format(b.yes), live.format(b.no),
      live.format(b.abstain), b.auditHash.substring(0, 16));
    if (!vote.emergency) {
      form.elements.yes.value = b.yes;
      form.elements.no.value = b.no;
      form.elements.abstain.value = b.abstain;
    }
  }

  /* This delegate's standing in the vote, read again from the server. */
  async function refreshStanding(vote) {
    standingFor = vote.voteId + ':' + vote.state;
    try {
      const response = await fetch('/api/votes/' + vote.voteId + '/standing', {
        credentials: 'same-origin', headers: { 'Accept': 'application/json', 'Accept-Language': lang }
      });
      if (!response.ok) { return; }
      const answer = await response.json();
      const now = live.current();
      if (!now || now.voteId !== answer.voteId) { return; }
      standing = answer;
      caster = answer.caster;
      update(now);
    } catch (e) { /* offline: asked again when the vote or the presence changes */ }
  }

  /* Presence changed (the Secretariat confirmed it, or the delegate checked in): the presence form
     is rendered again; then read the standing again. */
  const presenceBox = document.getElementById('presence-live');
  const presenceState = () => {
    const badge = document.getElementById('presence-state');
    return badge ? badge.dataset.state : null;
  };
  let presenceSeen = presenceState();
  if (presenceBox) {
    new MutationObserver(() => {
      const now = presenceState();
      if (now === presenceSeen) { return; }
      presenceSeen = now;
      const vote = live.current();
      if (vote) { refreshStanding(vote); }
    }).observe(presenceBox, { childList: true, subtree: true });
  }

  live.onVote((vote) => {
    if (standingFor !== vote.voteId + ':' + vote.state) {
      if (!standing || standing.voteId !== vote.voteId) { standing = null; }
      refreshStanding(vote);
    }
    update(vote);
  });

  function update(vote) {
    const entry = mine(vote);
    const secret = vote.method === 'SECRET';
    const sel = vote.emergency ? vote.selection : null;
    const mayNot = standing && standing.voteId === vote.voteId && standing.refusal ? standing.refusal : null;
    const open = vote.state === 'OPEN' && vote.method !== 'ROLL_CALL' && entry && (!vote.emergency || !!sel) && !mayNot;
    form.hidden = !open;
    standingBox.hidden = !(vote.state === 'OPEN' && mayNot);
    refusal.textContent = mayNot ? mayNot.message : '';
    if (receiptFor !== null && receiptFor !== vote.voteId) {
      receiptFor = null;
      receipt.textContent = '';
      current.textContent = '';
      message.textContent = '';
    }
    showCurrent(vote);
    showTotal();
    requestsBox.hidden = !sel;
    splitBox.hidden = !!sel;
    if (sel) { buildRows(sel); }
    usable.textContent = entry
      ? live.text(sel ? 'tablet.emergency.lead' : 'tablet.usable', live.format(entry.usableVotes)) : '';
    /* A committee vote: the member of the committee (or the substitute) casts the one vote, no shares. */
    const committee = !!(standing && standing.voteId === vote.voteId && standing.committee);
    who.textContent = committee ? live.text('tablet.who.committee')
      : live.text((caster ? 'tablet.who.caster' : 'tablet.who.share') + (secret ? '-secret' : ''));
    shareChoice.hidden = !caster || committee;
    if (!caster) { shareBox.checked = true; }
    if (committee) { shareBox.checked = false; }
    if (vote.state !== 'OPEN') {
      if (vote.voteId === (pending && pending.voteId)) { pending = null; }
      confirmPanel.hidden = true;
      button.hidden = false;
      proposed = null;
    }
    /* Who cast what: fetched when the vote (or selection) comes on screen, then at most every 3 s
       while ballots move it (frames), so that the head sees the other delegates' shares arrive. */
    const sharesKey = sel ? 'selection:' + sel.selectionId : (vote.emergency ? null : 'vote:' + vote.voteId);
    if (!entry || committee || !sharesKey) {
      sharesSection.hidden = true;
    } else if (sharesKey !== sharesVote) {
      sharesVote = sharesKey;
      sharesSection.hidden = true;
      refreshShares(vote);
    } else {
      sharesSoon(vote);
    }
  }

  function say(text, kind) {
    message.textContent = text;
    message.className = 'ballot-message ' + kind;
  }

  async function send() {
    if (!pending) { return; } /* the vote closed while the ballot waited to be sent again */
    button.disabled = true;
    say(live.text('tablet.sending'), 'info');
    let response;
    let answer;
    try {
      response = await fetch(pending.url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'Accept-Language': lang },
        body: JSON.stringify(pending.body)
      });
      answer = await response.json();
    } catch (e) {
      /* No answer, or not the Assembly's (a server restarting): the same ballot, same key, again. */
      say(live.text('tablet.retrying'), 'warn');
      setTimeout(send, 2000);
      return;
    } finally {
      button.disabled = false;
    }
    if (response.ok && answer.requests) {
      say(live.text('tablet.counted'), 'ok');
      receipt.replaceChildren(...answer.requests.map((r) => {
        const line = document.createElement('div');
        line.textContent = live.text('tablet.emergency.receipt', r.request, r.receipt.auditSequence, live.format(r.receipt.yes),
          live.format(r.receipt.no), live.format(r.receipt.abstain), r.receipt.auditHash.substring(0, 16));
        return line;
      }));
      receiptFor = pending.voteId;
      if (pending.share && live.current()) { refreshShares(live.current()); }
      pending = null;
    } else if (response.ok) {
      say(live.text('tablet.counted'), 'ok');
      /* A secret ballot's replay has no counts (never stored): the tablet shows the ones it sent. */
      const counted = answer.yes == null ? pending.body : answer;
      receipt.textContent = live.text('tablet.receipt', answer.auditSequence, live.format(counted.yes),
        live.format(counted.no), live.format(counted.abstain), answer.auditHash.substring(0, 16));
      current.textContent = '';
      receiptFor = pending.voteId;
      if (pending.share && live.current()) { refreshShares(live.current()); }
      pending = null;
    } else if (response.status === 503) {
      /* The Assembly cannot record ballots for a moment: say so, keep the ballot and its key, try again. */
      say(answer.message, 'warn');
      const seconds = Number(response.headers.get('Retry-After')) || 2;
      setTimeout(send, Math.min(Math.max(seconds, 1), 30) * 1000);
    } else if (answer.fields && pending.selection) {
      /* Each request refused, with its reason (nothing was recorded). */
      say(joined(answer.fields.map((f) => live.text('tablet.emergency.refused',
        f.field.replace(/^requests\./, ''), f.message))), 'error');
      pending = null;
    } else {
      say(answer.message, 'error');
      pending = null;
    }
  }

  /* First the question, then (confirmed) the ballot with its key. */
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const vote = live.current();
    if (!vote || pending) { return; }
    const share = shareBox.checked;
    if (vote.emergency && vote.selection) {
      const splits = requestSplits();
      proposed = {
        voteId: vote.voteId,
        selection: vote.emergency.selectionId,
        share: share,
        url: '/api/emergency-selections/' + vote.emergency.selectionId + (share ? '/shares' : '/ballots'),
        body: { requests: splits }
      };
      const parts = joined(splits.map((p) => live.text('tablet.emergency.split', p.request,
        live.format(p.yes), live.format(p.no), live.format(p.abstain))));
      confirmQuestion.textContent = live.text(share ? 'tablet.emergency.confirm.share' : 'tablet.emergency.confirm.ballot',
        parts, delegation);
    } else {
      const count = (name) => Number(form.elements[name].value || 0);
      proposed = {
        voteId: vote.voteId,
        share: share,
        url: '/api/votes/' + vote.voteId + (share ? '/shares' : '/ballots'),
        body: { yes: count('yes'), no: count('no'), abstain: count('abstain') }
      };
      const b = proposed.body;
      const usableNow = usableVotes(vote);
      confirmQuestion.textContent = live.text(share ? 'tablet.confirm.share' : 'tablet.confirm.ballot',
        live.format(b.yes), live.format(b.no), live.format(b.abstain), delegation,
        live.format(b.yes + b.no + b.abstain), live.format(usableNow));
    }
    confirmPanel.hidden = false;
    button.hidden = true;
    document.getElementById('ballot-confirm-send').focus();
  });

  form.addEventListener('input', showTotal);

  document.getElementById('ballot-confirm-send').addEventListener('click', () => {
    confirmPanel.hidden = true;
    button.hidden = false;
    if (!proposed || pending) { return; }
    pending = proposed;
    pending.body.idempotencyKey = crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random();
    proposed = null;
    send();
  });

  document.getElementById('ballot-confirm-change').addEventListener('click', () => {
    confirmPanel.hidden = true;
    button.hidden = false;
    proposed = null;
    button.focus();
  });
}());
