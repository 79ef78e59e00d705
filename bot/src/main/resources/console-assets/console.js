// Sends the login session's CSRF token with every htmx request (the header X-CSRF-Token); plain forms carry it
// as the hidden field _csrf. No inline scripts: the content security policy allows only files from this server.
document.addEventListener('htmx:configRequest', function (event) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) {
    event.detail.headers['X-CSRF-Token'] = meta.getAttribute('content');
  }
});
// A button with data-confirm asks before its form is sent (erase, roll back, deactivate).
document.addEventListener('submit', function (event) {
  var button = event.submitter;
  var text = (button && button.getAttribute('data-confirm')) || event.target.getAttribute('data-confirm');
  if (text && !window.confirm(text)) {
    event.preventDefault();
  }
});
