// keycloak-js's silent check-sso: hand the SSO's answer (in this page's URL) to the app that framed it.
parent.postMessage(location.href, location.origin)
