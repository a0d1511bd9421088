/* 适老化 reading settings (text size, high contrast). Loaded as a classic blocking script in <head>, so the saved
   choice is on <html> before the body is parsed or painted: no flash, and no inline script for the CSP to allow. */
(function () {
  var root = document.documentElement;
  var KEY = 'reading-settings';
  var SIZES = ['', 'large', 'larger'];
  var saved = {};
  try {
    saved = JSON.parse(localStorage.getItem(KEY) || '{}') || {};
  } catch {
    saved = {};
  }
  function apply() {
    if (SIZES.indexOf(saved.size) > 0) root.setAttribute('data-text-size', saved.size);
    else root.removeAttribute('data-text-size');
    if (saved.contrast === true) root.setAttribute('data-contrast', 'high');
    else root.removeAttribute('data-contrast');
  }
  // Marks that the settings work, which reveals the control (it is useless without this script).
  root.setAttribute('data-js', '');
  apply();
  // Search on every page without another script: `/` jumps to the header search box, and a page opened from a
  // search result (?pagefind-highlight=…) loads Pagefind's highlighter to mark the searched words.
  var self = document.currentScript;
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    var box = document.getElementById('site-search');
    if (!box) return;
    event.preventDefault();
    box.focus();
  });
  if (self && /[?&]pagefind-highlight=/.test(location.search)) {
    import(new URL('pagefind/pagefind-highlight.js', self.src).href).then(
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
  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('reading-settings');
    if (!box) return;
    var buttons = box.querySelectorAll('button');
    function sync() {
      for (var i = 0; i < buttons.length; i++) {
        var b = buttons[i];
        var on = b.hasAttribute('data-size')
          ? b.getAttribute('data-size') === (saved.size || '')
          : saved.contrast === true;
        b.setAttribute('aria-pressed', on ? 'true' : 'false');
      }
    }
    box.addEventListener('click', function (event) {
      var b = event.target.closest && event.target.closest('button');
      if (!b) return;
      if (b.hasAttribute('data-size')) saved.size = b.getAttribute('data-size');
      else saved.contrast = saved.contrast !== true;
      try {
        localStorage.setItem(KEY, JSON.stringify(saved));
      } catch {
        // Private mode or storage disabled: the choice still applies to this page.
      }
      apply();
      sync();
    });
    sync();
  });
})();
