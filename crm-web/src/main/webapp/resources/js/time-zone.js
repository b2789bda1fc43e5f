/* Hands the browser's time zone to the server (crm.web.shared.UserZone), so that times such as an
   email's send time are shown and typed in the user's own zone. */
(function () {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) {
      document.cookie = 'crm-tz=' + encodeURIComponent(zone) + '; path=/; SameSite=Lax';
    }
  } catch (e) {
    /* an old browser: the server's zone is used */
  }
})();
