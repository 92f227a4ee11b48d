// The card page: the card Element, confirmCardSetup (3-D Secure happens here), and SmartAlex
// told the result. SmartAlex checks the SetupIntent itself before it saves anything.
"use strict";

(() => {
  const P = SmartAlexPage;
  const form = document.getElementById("card-form");
  const button = document.getElementById("save-button");
  let stripe = null;
  let card = null;

  const CLOSE = "Card saved — you can close this tab and go back to SmartAlex Desktop";

  function closed(state, error) {
    form.hidden = true;
    document.getElementById("expiry").hidden = true;  // the link is done with
    if (state && state.status === "complete") {
      P.text("heading", "Card saved");
      P.text("lead", (state.card || "Your card") + " is saved on " + state.account + ".");
      P.say("ok", CLOSE, "");
      return;
    }
    P.text("heading", "This card page is closed");
    P.text("lead", "");
    P.say("error", "", error.message);
  }

  function busy(on) {
    button.disabled = on;
    button.textContent = on ? "Saving…" : "Save Card";
  }

  // What went wrong in Stripe.js, as one of the codes SmartAlex has a sentence for.
  function failureCode(error) {
    const code = (error && (error.code || error.decline_code)) || "";
    const message = (error && error.message) || "";
    if (code === "card_declined" || /declined/i.test(message)) return "card_declined";
    if (/authentication/i.test(code) || /authenticat/i.test(message)) return "authentication_failed";
    if (/^(incomplete|invalid)/.test(code) || error && error.type === "validation_error") {
      return "incomplete";
    }
    return "failed";
  }

  async function save(event) {
    event.preventDefault();
    if (button.disabled) return;
    busy(true);
    P.say("info", "", "Checking the card with your bank…");
    const attempt = await P.api("/api/card-setup/attempt");
    if (attempt.error) {
      busy(false);
      if (/^setup_session_/.test(attempt.error.code)) { closed(null, attempt.error); return; }
      P.say("error", "The card was not saved.", attempt.error.message);
      return;
    }
    let result;
    try {
      result = await stripe.confirmCardSetup(attempt.client_secret, {payment_method: {card: card}});
    } catch (error) {
      result = {error: error};
    }
    const intent = result && result.setupIntent;
    if (!result || result.error || !intent || intent.status !== "succeeded") {
      const told = await P.api("/api/card-setup/failed", {code: failureCode(result && result.error)});
      busy(false);
      P.say("error", "The card was not saved.",
        told.message || (told.error && told.error.message) || "Try another card.");
      return;
    }
    const done = await P.api("/api/card-setup/complete", {setup_intent_id: intent.id});
    busy(false);
    if (done.error) {
      if (/^setup_session_/.test(done.error.code)) { closed(null, done.error); return; }
      P.say("error", "The card was not saved.", done.error.message);
      return;
    }
    closed(done, null);
  }

  async function start() {
    if (!P.token) {
      closed(null, {message: "This link is incomplete. Start adding the card again from SmartAlex Desktop."});
      return;
    }
    const state = await P.api("/api/card-setup/session");
    if (state.error) { closed(null, state.error); return; }
    P.expiry(state.expires_at);
    if (state.status !== "open") {
      const why = {
        complete: {message: ""},
        expired: {message: "This card page has expired (each link works for 30 minutes). Start again from SmartAlex Desktop (Payment Methods, Add Card)."},
        canceled: {message: "This card page was cancelled in SmartAlex Desktop. To add a card, start again there (Payment Methods, Add Card)."},
      }[state.status];
      if (state.status === "complete") {
        form.hidden = true;
        P.text("heading", "This link was already used");
        P.text("lead", (state.card || "A card") + " was saved with it. To add another card, " +
          "start again from SmartAlex Desktop (Payment Methods, Add Card).");
        return;
      }
      closed(null, why);
      return;
    }
    stripe = P.stripe(state.publishable_key);
    if (!stripe) {
      closed(null, {message: "Stripe's card form could not be loaded. Check the connection and reload this page."});
      return;
    }
    P.text("heading", "Add a card");
    P.text("lead", "Enter the card for " + state.account + ". It becomes available in SmartAlex Desktop as soon as it is saved.");
    card = stripe.elements().create("card");
    card.mount("#card-element");
    form.hidden = false;
    form.addEventListener("submit", save);
  }

  start();
})();
