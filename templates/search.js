/*
 * The web edition's only script, and an enhancement: every page works without it.
 * - It shows the search boxes, which the pages ship `hidden` (without JavaScript there is no
 *   search, so there is no box that would do nothing).
 * - On a search page it loads the Pagefind index of the page's language and shows results as
 *   the patient types: a list of links, and a status line that screen readers announce.
 */
(function () {
  'use strict';

  for (const form of document.querySelectorAll('form[data-search-form], form[data-search-page]')) {
    form.hidden = false;
  }

  const form = document.querySelector('form[data-search-page]');
  if (!form) return;
  const input = form.querySelector('input[type="search"]');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const words = form.dataset;
  let loading;
  let latest = 0;

  /* Load the index once, however fast the patient types. */
  function loadPagefind() {
    loading ??= (async () => {
      const pagefind = await import(new URL('pagefind/pagefind.js', document.baseURI).href);
      await pagefind.options({ excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    })();
    return loading;
  }

  function say(template, query, count) {
    status.textContent = template.replace('{query}', query).replace('{count}', String(count));
  }

  /* Pagefind's excerpts mark the matched words with <mark>; keep those and plain text only. */
  function excerptNodes(html) {
    const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstChild;
    const nodes = [];
    for (const node of parsed.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) nodes.push(document.createTextNode(node.textContent));
      else if (node.nodeName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = node.textContent;
        nodes.push(mark);
      } else nodes.push(document.createTextNode(node.textContent));
    }
    return nodes;
  }

  async function search(query) {
    const ticket = ++latest;
    const params = new URLSearchParams(location.search);
    if (query) params.set('q', query);
    else params.delete('q');
    const search = params.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
    if (!query) {
      list.replaceChildren();
      list.hidden = true;
      status.textContent = '';
      return;
    }
    try {
      if (!status.textContent) status.textContent = words.loading;
      const pagefind = await loadPagefind();
      if (ticket !== latest) return;
      const found = await pagefind.debouncedSearch(query, {}, 200);
      if (found === null || ticket !== latest) return;
      const results = await Promise.all(found.results.slice(0, 20).map((result) => result.data()));
      if (ticket !== latest) return;
      const items = results.map((data) => {
        const item = document.createElement('li');
        const heading = document.createElement('h2');
        const link = document.createElement('a');
        link.href = data.url;
        link.textContent = data.meta.title || data.url;
        heading.append(link);
        const excerpt = document.createElement('p');
        excerpt.append(...excerptNodes(data.excerpt));
        item.append(heading, excerpt);
        return item;
      });
      list.replaceChildren(...items);
      list.hidden = items.length === 0;
      if (found.results.length === 0) say(words.none, query, 0);
      else say(found.results.length === 1 ? words.foundOne : words.foundOther, query, found.results.length);
    } catch (error) {
      status.textContent = words.failed;
      console.warn('pressroom search:', error);
    }
  }

  input.addEventListener('input', () => search(input.value.trim()));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search(input.value.trim());
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    search(initial.trim());
  }
})();
