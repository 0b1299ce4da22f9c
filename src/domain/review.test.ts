import { describe, expect, it } from "vitest";
import { ConflictError } from "./errors.js";
import { nextStatus } from "./review.js";

describe("review transitions", () => {
  it.each([
    ["suggested", "accept", "accepted"],
    ["suggested", "correct", "corrected"],
    ["suggested", "reject", "rejected"],
    ["accepted", "retract", "retracted"],
    ["corrected", "retract", "retracted"],
    ["accepted", "correct", "corrected"],
  ] as const)("%s --%s--> %s", (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it.each([
    ["accepted", "accept"],
    ["rejected", "accept"],
    ["rejected", "retract"],
    ["suggested", "retract"],
    ["retracted", "accept"],
    ["retracted", "correct"],
  ] as const)("refuses %s --%s-->", (from, action) => {
    expect(() => nextStatus(from, action)).toThrow(ConflictError);
  });
});
