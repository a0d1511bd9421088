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
