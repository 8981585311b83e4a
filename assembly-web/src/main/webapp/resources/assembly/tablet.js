/*
 * The delegate's tablet: check in, then cast the delegation's split for the vote on screen.
 * A ballot keeps one idempotency key until it is answered, so a retry after a network failure
 * either gets the receipt or a clear refusal; the same ballot is never counted twice.
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
  let pending = null;

  function mine(vote) {
    return (vote.board || []).find((e) => e.parliamentId === parliamentId);
  }

  live.onVote((vote) => {
    const entry = mine(vote);
    const open = vote.state === 'OPEN' && vote.method !== 'ROLL_CALL' && entry;
    form.hidden = !open;
    usable.textContent = entry ? live.text('tablet.usable', live.format(entry.usableVotes)) : '';
    if (vote.state !== 'OPEN' && vote.voteId === (pending && pending.voteId)) { pending = null; }
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
      response = await fetch('/api/votes/' + pending.voteId + '/ballots', {
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

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const vote = live.current();
    if (!vote || pending) { return; }
    const count = (name) => Number(form.elements[name].value || 0);
    pending = {
      voteId: vote.voteId,
      body: { yes: count('yes'), no: count('no'), abstain: count('abstain'), idempotencyKey: crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random() }
    };
    send();
  });
}());
