/**
 * @module http/security
 * Security headers for every response. The CSP allows scripts only from this origin (no inline
 * scripts, no eval): charts are drawn by external files reading data from JSON endpoints or
 * `data-*` attributes, so injected markup in source text cannot run.
 */
import { secureHeaders } from "hono/secure-headers";

/** The middleware setting CSP, frame, referrer, nosniff and HSTS headers. */
export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: "strict-origin-when-cross-origin",
    xFrameOptions: "DENY",
    xContentTypeOptions: "nosniff",
    strictTransportSecurity: "max-age=31536000; includeSubDomains",
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  });
}
