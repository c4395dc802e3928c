import { describe, expect, it } from "vitest";
import { parseEmail } from "@/lib/newsletter/email";

describe("parseEmail", () => {
  it("trims and lower-cases the domain but keeps the local part", () => {
    expect(parseEmail("  Jane.Doe@Example.COM \t")).toEqual({ ok: true, value: { email: "Jane.Doe@example.com", key: "jane.doe@example.com" } });
  });

  it.each([
    ["", "Enter your email address."],
    ["not-an-email", "needs a name, an @ and a domain"],
    ["a@b", "not a valid email address"],
    ["two words@example.com", "not a valid email address"],
  ])("refuses %j with a human message", (input, message) => {
    const result = parseEmail(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it.each(["victim@example.com\r\nBcc: everyone@example.com", "a@example.com\nX: y", "a\u0000@example.com"])(
    "refuses header-injection attempt %j",
    (input) => {
      const result = parseEmail(input);
      expect(result).toEqual({ ok: false, problem: "control", message: expect.stringContaining("line break") as unknown });
    },
  );

  it("refuses non-ASCII addresses clearly instead of mangling them", () => {
    const result = parseEmail("jürgen@exämple.de");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("non-ASCII");
  });

  it("accepts SQL-looking but valid addresses verbatim", () => {
    expect(parseEmail("o'brien+x@example.com")).toEqual({ ok: true, value: { email: "o'brien+x@example.com", key: "o'brien+x@example.com" } });
  });

  it("refuses addresses longer than 254 characters", () => {
    const result = parseEmail(`${"a".repeat(250)}@example.com`);
    expect(result.ok).toBe(false);
  });
});
