// The FAQ editor: the placeholder buttons insert {gemeente.naam} etc. at the cursor of their answer field, and the
// live preview is refreshed (htmx listens for the input event). No inline script: the CSP allows only these files.
document.addEventListener('click', function (event) {
  var button = event.target.closest('button[data-insert]');
  if (!button) {
    return;
  }
  var field = document.getElementById(button.getAttribute('data-target'));
  if (!field) {
    return;
  }
  var text = button.getAttribute('data-insert');
  var start = field.selectionStart == null ? field.value.length : field.selectionStart;
  var end = field.selectionEnd == null ? start : field.selectionEnd;
  field.value = field.value.slice(0, start) + text + field.value.slice(end);
  field.focus();
  field.setSelectionRange(start + text.length, start + text.length);
  field.dispatchEvent(new Event('input', {bubbles: true}));
});
