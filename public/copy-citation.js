/* 引用本书: the 复制 buttons next to each citation. A file the site serves (no inline script for the CSP to allow,
   no third-party code). The Clipboard API needs a secure context (https or localhost); a park intranet served over
   plain http has none, so the text is selected and copied the old way, and if even that fails it stays selected
   for Ctrl+C. The buttons stay hidden without this script: the citations are still there to select by hand. */
(function () {
  var buttons = document.querySelectorAll('button[data-copy]');
  for (var i = 0; i < buttons.length; i++) buttons[i].hidden = false;
  function select(node) {
    var range = document.createRange();
    range.selectNodeContents(node);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
  function copyBySelection(node) {
    select(node);
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button[data-copy]');
    if (!button) return;
    var source = document.getElementById(button.getAttribute('data-copy'));
    var status = document.getElementById(button.getAttribute('data-status'));
    if (!source || !status) return;
    function report(ok) {
      status.textContent = button.getAttribute(ok ? 'data-copied' : 'data-failed');
      if (!ok) select(source);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(source.textContent).then(
        function () {
          report(true);
        },
        function () {
          report(copyBySelection(source));
        },
      );
    } else report(copyBySelection(source));
  });
})();
