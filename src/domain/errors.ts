/**
 * @module domain/errors
 * Domain errors are plain classes with a stable `code`. Only `http/error-handler.ts` maps codes
 * to HTTP statuses and only `cli/main.ts` maps them to exit codes; match with `instanceof`.
 */
export abstract class VigilError extends Error {
  abstract readonly code: string;
}

/** Input breaks a rule; `field` names the offending field so messages can point at it. */
export class ValidationError extends VigilError {
  readonly code = "validation";
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

export class NotFoundError extends VigilError {
  readonly code = "not_found";
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} not found: ${id}`);
  }
}

/** The change would overwrite or contradict something already recorded. */
export class ConflictError extends VigilError {
  readonly code = "conflict";
}

/** The caller's role may not do this. */
export class ForbiddenError extends VigilError {
  readonly code = "forbidden";
}

/** A source could not be read: names the source and the problem. */
export class SourceError extends VigilError {
  readonly code = "source";
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(`${source}: ${message}`);
  }
}
