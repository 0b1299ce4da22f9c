/**
 * @module web/login
 * The login page (a plain form; the server sets the session cookie and redirects).
 */
import { html } from "./html.js";
import { layout } from "./layout.js";

/** Renders the login form, with an error message when a previous attempt failed. */
export function renderLogin(next: string, error?: string): string {
  const body = html`<h1>Log in</h1>${error ? html`<p class="error" role="alert">${error}</p>` : ""}
<form method="post" action="/login"><input type="hidden" name="next" value="${next}">
<label for="username">Username</label><input id="username" name="username" autocomplete="username" required>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<p><button type="submit">Log in</button></p></form>`;
  return layout({ title: "Log in", principal: null, body });
}
