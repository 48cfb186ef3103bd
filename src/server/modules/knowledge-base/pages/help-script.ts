/**
 * The help center's only script, served from our origin (CSP script-src 'self', no inline code). Progressive
 * enhancement: pages are complete without it. It adds debounced search-as-you-type under the search box and the
 * "Was this helpful?" buttons (JSON API with the CSRF token from /api/v1/session). DOM is built with
 * textContent only, never innerHTML.
 */
export const HELP_SCRIPT = `(() => {
  'use strict';
  const input = document.querySelector('[data-kb-suggest]');
  const list = document.querySelector('.kb-suggestions');
  if (input && list) {
    let timer = 0;
    let seq = 0;
    const clear = () => { list.replaceChildren(); list.hidden = true; };
    input.addEventListener('input', () => {
      clearTimeout(timer);
      const q = input.value.trim();
      if (q.length < 2) { clear(); return; }
      timer = setTimeout(async () => {
        const mine = ++seq;
        try {
          const response = await fetch('/api/v1/knowledge-base/suggestions?q=' + encodeURIComponent(q), { credentials: 'same-origin' });
          if (!response.ok || mine !== seq) return;
          const { items } = await response.json();
          list.replaceChildren(...items.map((item) => {
            const li = document.createElement('li');
            const a = document.createElement('a');
            a.href = item.url;
            a.textContent = item.title;
            li.append(a);
            return li;
          }));
          list.hidden = items.length === 0;
        } catch { clear(); }
      }, 200);
    });
    input.addEventListener('keydown', (event) => { if (event.key === 'Escape') clear(); });
  }

  const form = document.querySelector('.kb-feedback');
  if (form) {
    form.hidden = false;
    let helpful = null;
    const send = async (comment) => {
      const session = await (await fetch('/api/v1/session', { credentials: 'same-origin' })).json();
      await fetch('/api/v1/knowledge-base/articles/' + form.dataset.articleId + '/feedback', {
        method: 'POST', credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify(comment ? { helpful, comment } : { helpful }),
      });
      form.querySelector('[data-kb-thanks]').hidden = false;
    };
    form.querySelectorAll('[data-helpful]').forEach((button) => button.addEventListener('click', async () => {
      helpful = button.dataset.helpful === 'true';
      form.querySelectorAll('[data-helpful]').forEach((b) => { b.disabled = true; });
      await send(null);
      if (!helpful) form.querySelector('[data-kb-comment]').hidden = false;
    }));
    const sendComment = form.querySelector('[data-kb-send]');
    sendComment.addEventListener('click', async () => {
      const comment = form.querySelector('textarea').value.trim();
      if (comment) await send(comment);
      form.querySelector('[data-kb-comment]').hidden = true;
    });
  }
})();
`;
