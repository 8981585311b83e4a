/*
 * The delegate's tablet: check in, then cast the delegation's split for the vote on screen, or
 * (delegate by delegate) one's own share of it. The tablet asks for confirmation before sending.
 * A ballot keeps one idempotency key until it is answered, so a retry after a network failure
 * either gets the receipt or a clear refusal; the same ballot is never counted twice. Every number
 * shown comes from the server: usable votes from the vote's board, counts and hash from the
 * receipt, who cast what share from the delegation's shares, the result from the closed vote.
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
  const sharesRows = document.getElementById('ballot-shares-rows');
  const caster = form.dataset.caster === 'true';
  const delegation = form.dataset.delegation || '';
  let pending = null;
  let proposed = null;
  let sharesVote = null;
  let sharesAt = 0;
  let sharesTimer = null;

  /* At most one fetch of the shares every 3 s; a change within that time is fetched at its end. */
  function sharesSoon(voteId) {
    const wait = 3000 - (Date.now() - sharesAt);
    if (wait <= 0) {
      refreshShares(voteId);
    } else if (!sharesTimer) {
      sharesTimer = setTimeout(() => { sharesTimer = null; refreshShares(voteId); }, wait);
    }
  }

  /* Who cast what share in this delegation, as the server has it. */
  async function refreshShares(voteId) {
    sharesAt = Date.now();
    try {
      const response = await fetch('/api/votes/' + voteId + '/shares', {
        credentials: 'same-origin', headers: { 'Accept': 'application/json', 'Accept-Language': lang }
      });
      if (!response.ok) { return; }
      const answer = await response.json();
      sharesSection.hidden = answer.shares.length === 0;
      sharesRows.replaceChildren(...answer.shares.map((s) => {
        const row = document.createElement('tr');
        [s.castBy, live.format(s.yes), live.format(s.no), live.format(s.abstain)].forEach((value) => {
          const cell = document.createElement('td');
          cell.textContent = value;
          row.appendChild(cell);
        });
        return row;
      }));
    } catch (e) { /* offline: the next change asks again */ }
  }

  function mine(vote) {
    return (vote.board || []).find((e) => e.parliamentId === parliamentId);
  }

  live.onVote((vote) => {
    const entry = mine(vote);
    const secret = vote.method === 'SECRET';
    const open = vote.state === 'OPEN' && vote.method !== 'ROLL_CALL' && entry && (caster || !secret);
    form.hidden = !open;
    usable.textContent = entry ? live.text('tablet.usable', live.format(entry.usableVotes)) : '';
    who.textContent = caster ? live.text(secret ? 'tablet.who.caster-secret' : 'tablet.who.caster') : live.text('tablet.who.share');
    shareChoice.hidden = !caster || secret;
    if (!caster) { shareBox.checked = true; }
    if (secret) { shareBox.checked = false; }
    if (vote.state !== 'OPEN') {
      if (vote.voteId === (pending && pending.voteId)) { pending = null; }
      confirmPanel.hidden = true;
      button.hidden = false;
      proposed = null;
    }
    /* Who cast what: fetched when the vote comes on screen, then at most every 3 s while
       ballots move it (frames), so that the head sees the other delegates' shares arrive. */
    if (secret || !entry) {
      sharesSection.hidden = true;
    } else if (vote.voteId !== sharesVote) {
      sharesVote = vote.voteId;
      sharesSection.hidden = true;
      refreshShares(vote.voteId);
    } else {
      sharesSoon(vote.voteId);
    }
  });

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
      response = await fetch('/api/votes/' + pending.voteId + (pending.share ? '/shares' : '/ballots'), {
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
    if (response.ok) {
      say(live.text('tablet.counted'), 'ok');
      /* A secret ballot's replay has no counts (never stored): the tablet shows the ones it sent. */
      const counted = answer.yes == null ? pending.body : answer;
      receipt.textContent = live.text('tablet.receipt', answer.auditSequence, live.format(counted.yes),
        live.format(counted.no), live.format(counted.abstain), answer.auditHash.substring(0, 16));
      if (pending.share) { refreshShares(pending.voteId); }
      pending = null;
    } else if (response.status === 503) {
      /* The Assembly cannot record ballots for a moment: say so, keep the ballot and its key, try again. */
      say(answer.message, 'warn');
      const seconds = Number(response.headers.get('Retry-After')) || 2;
      setTimeout(send, Math.min(Math.max(seconds, 1), 30) * 1000);
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
    const count = (name) => Number(form.elements[name].value || 0);
    proposed = {
      voteId: vote.voteId,
      share: shareBox.checked,
      body: { yes: count('yes'), no: count('no'), abstain: count('abstain') }
    };
    const b = proposed.body;
    confirmQuestion.textContent = live.text(proposed.share ? 'tablet.confirm.share' : 'tablet.confirm.ballot',
      live.format(b.yes), live.format(b.no), live.format(b.abstain), delegation);
    confirmPanel.hidden = false;
    button.hidden = true;
    document.getElementById('ballot-confirm-send').focus();
  });

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
