/* 适老化 settings, `/`, search fallback, 朗读 and offline start-up (docs/accessibility.md). Blocking, in <head>:
   the choice is on <html> before paint. ES5 plus catch{} and import(): it runs where the other scripts are too new. */
(function () {
  // /books/isbn/<isbn13>/ of a book whose own address is its ISBN has no page (src/pages/books/isbn/): the 404 page
  // that answers it sends the reader on, on hosts without the nginx rule.
  var isbn = /^(.*\/)books\/isbn\/(97[89]\d{10})\/?$/.exec(location.pathname);
  if (isbn) location.replace(isbn[1] + 'books/' + isbn[2] + '/');
  var root = document.documentElement;
  var KEY = 'reading-settings';
  var CHOICES = { size: ['', 'large', 'larger', 'huge'], spacing: ['', 'wide'] };
  var FLAGS = { contrast: 'high', cursor: 'large', guide: 'on', elder: 'on' };
  var me = document.currentScript;
  var saved = {};
  try {
    saved = JSON.parse(localStorage.getItem(KEY) || '{}') || {};
  } catch {
    saved = {};
  }
  function mark(name, value) {
    if (value) root.setAttribute(name, value);
    else root.removeAttribute(name);
  }
  function apply() {
    mark('data-text-size', CHOICES.size.indexOf(saved.size) > 0 && saved.size);
    mark('data-line-spacing', CHOICES.spacing.indexOf(saved.spacing) > 0 && saved.spacing);
    for (var flag in FLAGS) mark('data-' + flag, saved[flag] === true && FLAGS[flag]);
  }
  root.setAttribute('data-js', '');
  if ('speechSynthesis' in window) root.setAttribute('data-speech', '');
  apply();
  function load(file) {
    return import(new URL(file, me.src).href);
  }
  var guide;
  document.addEventListener('mousemove', function (event) {
    if (saved.guide !== true) return;
    if (!guide) {
      guide = document.createElement('div');
      guide.className = 'reading-guide';
      document.body.appendChild(guide);
    }
    guide.style.transform = 'translateY(' + event.clientY + 'px)';
  });
  // 菜单 (a phone): the header's panel as a full-screen sheet; Escape closes it.
  function menu(open) {
    var b = document.querySelector('[data-menu-toggle]');
    if (!b) return;
    b.setAttribute('aria-expanded', open ? 'true' : 'false');
    mark('data-menu', open && 'open');
  }
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && root.hasAttribute('data-menu')) {
      menu(false);
      document.querySelector('[data-menu-toggle]').focus();
    }
  });
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    var box = document.getElementById('site-search');
    if (!box) return;
    event.preventDefault();
    // On a phone the box is in the 菜单 sheet: open it first.
    if (!box.getClientRects().length) menu(true);
    box.focus();
  });
  if (me && /[?&]pagefind-highlight=/.test(location.search)) {
    load('pagefind/pagefind-highlight.js').then(
      function (module) {
        new module.default({ highlightParam: 'pagefind-highlight', addStyles: false });
      },
      function () {},
    );
  }
  // 引用本书's 复制 buttons (shown by CSS once data-js is set). The Clipboard API needs a secure context (https,
  // localhost); on a plain-http intranet the text is selected and copied the old way, and stays selected for
  // Ctrl+C if even that fails. Here, not in a file of its own: content pages load this one script only.
  document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('[data-menu-toggle]'))
      return menu(!root.hasAttribute('data-menu'));
    var b = event.target.closest && event.target.closest('button[data-copy]');
    if (!b) return;
    var source = document.getElementById(b.getAttribute('data-copy'));
    var status = document.getElementById(b.getAttribute('data-status'));
    function report(ok) {
      status.textContent = b.getAttribute(ok ? 'data-copied' : 'data-failed');
    }
    function bySelection() {
      var range = document.createRange();
      range.selectNodeContents(source);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      try {
        return document.execCommand('copy');
      } catch {
        return false;
      }
    }
    if (navigator.clipboard && window.isSecureContext)
      navigator.clipboard.writeText(source.textContent).then(
        function () {
          report(true);
        },
        function () {
          report(bySelection());
        },
      );
    else report(bySelection());
  });
  window.addEventListener('load', function () {
    // Module scripts have run, or failed to load or parse, by now.
    var search = document.querySelector('[data-search-root]');
    if (search && !search.hasAttribute('data-search-ready')) search.setAttribute('data-search-unavailable', 'old');
    if (!me || !('serviceWorker' in navigator)) return;
    var base = new URL('./', me.src).href;
    navigator.serviceWorker
      .register(base + 'sw.js', { scope: base })
      .then(function () {
        return navigator.serviceWorker.ready;
      })
      .then(function (registration) {
        // This first visit did not pass through the worker: hand it the page and what the page loaded.
        var urls = [location.href];
        var loaded = performance.getEntriesByType('resource');
        for (var i = 0; i < loaded.length; i++) urls.push(loaded[i].name);
        registration.active.postMessage({ keep: urls });
      })
      .catch(function () {});
  });
  document.addEventListener('DOMContentLoaded', function () {
    var buttons = document.querySelectorAll('[data-set], [data-toggle]');
    function sync() {
      for (var i = 0; i < buttons.length; i++) {
        var b = buttons[i];
        var set = b.getAttribute('data-set');
        var on = set
          ? b.getAttribute('data-value') === (saved[set] || '')
          : saved[b.getAttribute('data-toggle')] === true;
        b.setAttribute('aria-pressed', on ? 'true' : 'false');
      }
    }
    function choose(event) {
      var b = event.currentTarget;
      var set = b.getAttribute('data-set');
      var flag = b.getAttribute('data-toggle');
      if (set) saved[set] = b.getAttribute('data-value');
      else saved[flag] = saved[flag] !== true;
      // 长辈模式 is a preset: 特大 text and wide lines (and 60 px targets by CSS); off returns to the standard.
      if (flag === 'elder') {
        saved.size = saved.elder ? 'larger' : '';
        saved.spacing = saved.elder ? 'wide' : '';
      }
      try {
        localStorage.setItem(KEY, JSON.stringify(saved));
      } catch {
        // Storage disabled: the choice still applies to this page.
      }
      apply();
      sync();
    }
    for (var i = 0; i < buttons.length; i++) buttons[i].addEventListener('click', choose);
    sync();
    // 朗读: the speech code loads on the first press only.
    var speak = document.querySelector('[data-read-aloud]');
    if (speak && me) {
      speak.addEventListener('click', function (event) {
        load('read-aloud.js').then(function (module) {
          module.readAloud(speak, event.target);
        });
      });
    }
  });
})();
