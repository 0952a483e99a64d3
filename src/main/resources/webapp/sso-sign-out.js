// Injaz single sign-out for the Camunda webapps (served only in the keycloak profile).
// The webapps log out with an XHR, which cannot follow Keycloak's end-session redirect; instead the
// whole page goes to /sign-out, which ends the application session and then the Keycloak session.
(function () {
  var logoutPath = /\/camunda\/api\/admin\/auth\/user\/[^/]+\/logout$/;
  var originalFetch = window.fetch;
  window.fetch = function (resource, init) {
    var url = typeof resource === 'string' ? resource : (resource && resource.url) || '';
    if (logoutPath.test(url.split('?')[0])) {
      window.location.assign('/sign-out');
      return new Promise(function () {});
    }
    return originalFetch.apply(this, arguments);
  };
})();
