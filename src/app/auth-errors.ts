/**
 * @module app/auth-errors
 * Errors of signing in, with stable codes that `http/error-handler.ts` maps to 401 and 429.
 */
import { VigilError } from "../domain/errors.js";

/** No valid session, or a wrong username/password (never says which, to not reveal users). */
export class AuthenticationError extends VigilError {
  readonly code = "unauthenticated";
  constructor(message = "authentication required") {
    super(message);
  }
}

/** Too many attempts; `retryAfterSeconds` tells the client when to try again. */
export class RateLimitedError extends VigilError {
  readonly code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super(`too many attempts; retry in ${retryAfterSeconds} s`);
  }
}
