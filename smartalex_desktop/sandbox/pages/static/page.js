// What both hosted pages share: the link's token, the pages' JSON endpoints, the status box.
// The token is in the address's fragment (#…), which the browser never sends to a server; it
// goes to our endpoints only as a bearer token. No inline script anywhere (the CSP forbids it).
"use strict";

const SmartAlexPage = (() => {
  const token = decodeURIComponent(window.location.hash.replace(/^#/, ""));

  async function api(path, body) {
    let response;
    try {
      response = await fetch(path, {
        method: "POST",
        headers: {"Content-Type": "application/json", "Authorization": "Bearer " + token},
        body: JSON.stringify(body || {}),
        credentials: "omit",
        cache: "no-store",
      });
    } catch (_error) {
      return {error: {code: "offline", message:
        "SmartAlex could not be reached. Check that SmartAlex Desktop is still running, then try again."}};
    }
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      return {error: data.error || {code: "failed", message: "Something went wrong. Try again."}};
    }
    return data;
  }

  // Text only: whatever we show is set with textContent, never as markup.
  function say(kind, title, text) {
    const box = document.getElementById("status");
    box.className = "status " + kind;
    box.replaceChildren();
    if (title) {
      const strong = document.createElement("strong");
      strong.textContent = title;
      box.appendChild(strong);
    }
    if (text) box.appendChild(document.createTextNode(text));
    box.hidden = false;
    box.focus && box.setAttribute("tabindex", "-1");
  }

  function quiet() {
    const box = document.getElementById("status");
    box.hidden = true;
    box.replaceChildren();
  }

  function text(id, value) {
    document.getElementById(id).textContent = value;
  }

  function expiry(isoTime) {
    const when = new Date(isoTime);
    if (isNaN(when)) return;
    text("expiry", "This link works until " +
      when.toLocaleTimeString([], {hour: "numeric", minute: "2-digit"}) + ".");
  }

  function stripe(publishableKey) {
    if (typeof window.Stripe !== "function") return null;
    return window.Stripe(publishableKey);
  }

  return {token, api, say, quiet, text, expiry, stripe};
})();
