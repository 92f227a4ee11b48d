// The payment page: the bank's confirmation (3-D Secure) with confirmCardPayment. SmartAlex
// asks Stripe what became of the payment itself; the page only says when to ask.
"use strict";

(() => {
  const P = SmartAlexPage;
  const button = document.getElementById("confirm-button");
  let stripe = null;

  const CLOSE = "Payment confirmed — you can close this tab and go back to SmartAlex Desktop";

  function show(state) {
    document.getElementById("summary").hidden = false;
    P.text("what", state.description);
    P.text("amount", state.amount);
    P.text("card", state.card);
    P.expiry(state.expires_at);
  }

  function finished(state) {
    button.hidden = true;
    document.getElementById("expiry").hidden = state.status !== "requires_action";
    if (state.status === "succeeded") {
      P.text("heading", "Payment confirmed");
      P.text("lead", state.amount + " was paid with " + state.card + ".");
      P.say("ok", CLOSE, "");
    } else if (state.status === "requires_action") {
      P.text("lead", "Your bank has not confirmed the payment yet.");
      button.hidden = false;
    } else {
      P.text("heading", "Payment not confirmed");
      P.text("lead", "Nothing was charged.");
      P.say("error", "Your bank did not confirm the payment.",
        (state.message || "Nothing was charged.") +
        " Go back to SmartAlex Desktop to try again, or to pay with another card.");
    }
  }

  async function confirm() {
    if (button.disabled) return;
    button.disabled = true;
    P.say("info", "", "Waiting for your bank…");
    const attempt = await P.api("/api/payment/attempt");
    if (attempt.error) {
      button.disabled = false;
      P.say("error", "", attempt.error.message);
      return;
    }
    if (attempt.state) { button.disabled = false; P.quiet(); finished(attempt.state); return; }
    let result;
    try {
      result = await stripe.confirmCardPayment(attempt.client_secret);
    } catch (error) {
      result = {error: error};
    }
    // localstripe's stand-in answers a failed check with no `error` and a PaymentIntent back in
    // `requires_payment_method`: SmartAlex reads the status from Stripe either way.
    const state = await P.api("/api/payment/complete");
    button.disabled = false;
    if (state.error) { P.say("error", "", state.error.message); return; }
    P.quiet();
    finished(state);
  }

  async function start() {
    if (!P.token) {
      P.say("error", "", "This link is incomplete. Start the payment again from SmartAlex Desktop.");
      P.text("lead", "");
      return;
    }
    const state = await P.api("/api/payment/session");
    if (state.error) { P.text("lead", ""); P.say("error", "", state.error.message); return; }
    show(state);
    if (state.status !== "requires_action") { finished(state); return; }
    stripe = P.stripe(state.publishable_key);
    if (!stripe) {
      P.say("error", "", "Stripe could not be loaded. Check the connection and reload this page.");
      return;
    }
    P.text("lead", "Your bank asks you to confirm this payment to SmartAlex. Nothing is charged until it does.");
    button.hidden = false;
    button.addEventListener("click", confirm);
  }

  start();
})();
