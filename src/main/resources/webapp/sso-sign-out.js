// Injaz single sign-out for the Camunda webapps (served only in the keycloak profile).
// The webapps log out with an XHR, which cannot follow Keycloak's end-session redirect. Instead that
// request is never sent and the whole page goes to /sign-out, which ends the application session and
// then the Keycloak session (RP-initiated logout with id_token_hint).
(function () {
  var logoutPath = /\/camunda\/api\/admin\/auth\/user\/[^/]+\/logout$/;

  function isLogout(url) {
    return logoutPath.test(String(url || '').split('?')[0]);
  }

  function signOut() {
    window.location.assign('/sign-out');
  }

  var originalOpen = XMLHttpRequest.prototype.open;
  var originalSend = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.injazSignOut = isLogout(url);
    return originalOpen.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (this.injazSignOut) {
      signOut();
      return undefined;
    }
    return originalSend.apply(this, arguments);
  };

  var originalFetch = window.fetch;
  window.fetch = function (resource) {
    if (isLogout(typeof resource === 'string' ? resource : resource && resource.url)) {
      signOut();
      return new Promise(function () {});
    }
    return originalFetch.apply(this, arguments);
  };

  // Camunda's own login form has no place under single sign-on.
  window.addEventListener('hashchange', function () {
    if (window.location.hash.indexOf('#/login') === 0) {
      signOut();
    }
  });
})();
