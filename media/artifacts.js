// The artifacts panel's script: buttons post messages to the extension; the file list is rebuilt from the JSON
// data block as a filterable tree (text only, never HTML); filter and collapsed folders survive reloads.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const dataEl = document.getElementById('data');
  const data = dataEl ? JSON.parse(dataEl.textContent || '{}') : {};
  const previous = vscode.getState() || {};
  const same = previous.file === data.file;
  const state = {
    file: data.file,
    compareWith: data.compareWith,
    filter: same ? previous.filter || '' : '',
    collapsed: same ? previous.collapsed || [] : [],
  };
  const save = () => vscode.setState(state);
  save();

  for (const button of document.querySelectorAll('[data-action]')) {
    button.addEventListener('click', () => vscode.postMessage({ type: button.getAttribute('data-action') }));
  }

  const container = document.getElementById('files');
  const filter = document.getElementById('filter');
  if (!container || !filter) return;
  const MAX_ROWS = 5000;
  const collapsed = new Set(state.collapsed);

  function formatSize(n) {
    if (n < 1024) return n + ' B';
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let v = n / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
    return (v < 10 ? v.toFixed(1) : Math.round(v)) + ' ' + units[i];
  }

  /** Nested folders from `/usr/bin/hello`-style paths. */
  function buildTree(files) {
    const root = { name: '/', path: '/', dirs: new Map(), files: [] };
    for (const f of files) {
      const [p, size, mode, link, unsafe] = f;
      const parts = p.split('/').filter(Boolean);
      let node = root;
      let walked = '';
      for (let i = 0; i < parts.length - 1; i++) {
        walked += '/' + parts[i];
        if (!node.dirs.has(parts[i])) node.dirs.set(parts[i], { name: parts[i], path: walked, dirs: new Map(), files: [] });
        node = node.dirs.get(parts[i]);
      }
      const name = parts[parts.length - 1] || '/';
      if (mode.startsWith('d')) {
        if (!node.dirs.has(name)) node.dirs.set(name, { name, path: walked + '/' + name, dirs: new Map(), files: [] });
        node.dirs.get(name).mode = mode;
      } else node.files.push({ name, path: p, size, mode, link, unsafe });
    }
    return root;
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  const tree = buildTree(data.files || []);
  let rows = 0;

  function matches(path, q) { return !q || path.toLowerCase().includes(q); }

  /** Renders `node`'s children; returns false when nothing under it matches the filter. */
  function render(node, parent, q) {
    let any = false;
    const dirs = [...node.dirs.values()].sort((a, b) => a.name.localeCompare(b.name));
    for (const d of dirs) {
      if (rows >= MAX_ROWS) break;
      const li = el('li', 'dir');
      li.setAttribute('role', 'treeitem');
      const row = el('div', 'row');
      const open = q ? true : !collapsed.has(d.path);
      li.setAttribute('aria-expanded', String(open));
      row.append(el('span', 'twisty', open ? '▾' : '▸'), el('span', 'name', d.name + '/'), el('span', 'mode', d.mode || ''), el('span', 'size', ''));
      row.addEventListener('click', () => {
        if (q) return;
        if (collapsed.has(d.path)) collapsed.delete(d.path); else collapsed.add(d.path);
        state.collapsed = [...collapsed];
        save();
        draw();
      });
      li.append(row);
      const ul = el('ul');
      ul.setAttribute('role', 'group');
      const inner = render(d, ul, q);
      if (!inner && !matches(d.path, q)) continue;
      rows++;
      if (open) li.append(ul);
      parent.append(li);
      any = true;
    }
    for (const f of node.files.sort((a, b) => a.name.localeCompare(b.name))) {
      if (rows >= MAX_ROWS) break;
      if (!matches(f.path, q)) continue;
      rows++;
      const li = el('li', 'file' + (f.unsafe ? ' unsafe' : ''));
      li.setAttribute('role', 'treeitem');
      li.title = f.path + (f.unsafe ? ' — ' + f.unsafe : '');
      const row = el('div', 'row');
      row.append(el('span', 'twisty', ''), el('span', 'name', f.name + (f.link ? ' → ' + f.link : '')), el('span', 'mode', f.mode), el('span', 'size', f.mode.startsWith('-') ? formatSize(f.size) : ''));
      li.append(row);
      parent.append(li);
      any = true;
    }
    return any;
  }

  function draw() {
    rows = 0;
    const q = state.filter.trim().toLowerCase();
    const ul = el('ul', 'tree');
    const any = render(tree, ul, q);
    container.replaceChildren(any ? ul : el('p', 'muted', q ? 'No file matches the filter.' : 'This package installs no files.'));
    if (rows >= MAX_ROWS) container.append(el('p', 'muted', 'Showing the first ' + MAX_ROWS + ' entries; filter to see others.'));
  }

  filter.value = state.filter;
  filter.addEventListener('input', () => {
    state.filter = filter.value;
    save();
    draw();
  });
  draw();
})();
