/*
 * The hall display's board of delegations, paged to fit the screen (a projector of 1280 x 720 and
 * up): as many rows as the board's pane holds make a page, the pages follow each other every
 * 8 seconds, and "Page 2 of 5" says where the rotation is. The rows are live.js's (the server's
 * board); this script only shows one page of them at a time, again whenever they change or the
 * screen's size does.
 */
(function () {
  'use strict';
  const pane = document.querySelector('[data-board-pane]');
  const rowsBox = pane && pane.querySelector('[data-board]');
  if (!rowsBox || !window.AssemblyLive) { return; }
  const live = window.AssemblyLive;
  const frame = pane.querySelector('.board-frame');
  const label = document.getElementById('live-board-page');
  const ROTATE_MILLIS = 8000;
  let page = 0;
  let pages = 1;

  function layout() {
    const rows = Array.from(rowsBox.rows);
    rows.forEach((row) => { row.hidden = false; });
    const table = rowsBox.closest('table');
    const head = table.tHead ? table.tHead.getBoundingClientRect().height : 0;
    const rowHeight = rows.length ? Math.max(1, rows[0].getBoundingClientRect().height) : 1;
    const perPage = Math.max(1, Math.floor((frame.clientHeight - head) / rowHeight));
    pages = Math.max(1, Math.ceil(rows.length / perPage));
    if (page >= pages) { page = 0; }
    rows.forEach((row, i) => { row.hidden = Math.floor(i / perPage) !== page; });
    label.textContent = pages > 1 ? live.text('live.board.page', live.format(page + 1), live.format(pages)) : '';
    pane.dataset.page = String(page + 1);
    pane.dataset.pages = String(pages);
    pane.dataset.perPage = String(perPage);
  }

  new MutationObserver(layout).observe(rowsBox, { childList: true });
  window.addEventListener('resize', layout);
  setInterval(() => {
    if (pages > 1) {
      page = (page + 1) % pages;
      layout();
    }
  }, ROTATE_MILLIS);
  layout();
}());
