import { describe, expect, it } from "vitest";
import { keepAmountsTogether } from "@/lib/format";
import { describeLossTotal } from "@/lib/losses";

describe("keepAmountsTogether", () => {
  it("joins an amount to its unit with a no-break space", () => {
    expect(keepAmountsTogether("Bitfinex loses $230 million and 1.5 billion NEM")).toBe("Bitfinex loses $230\u00a0million and 1.5\u00a0billion NEM");
  });
  it("changes nothing else in the text, figures included", () => {
    const title = "Binance loses 7,000 BTC after attackers gather user API keys";
    expect(keepAmountsTogether(title)).toBe(title);
    expect(keepAmountsTogether("$2.8 million").replace("\u00a0", " ")).toBe("$2.8 million");
  });
});

describe("describeLossTotal", () => {
  it("writes money with the dollar sign, as headlines do", () => {
    expect(describeLossTotal({ count: 2, totalUsd: 3_000_000, unknownCount: 0 })).toBe(
      "$3,000,000 reported lost across 2 incidents; every loss is known.",
    );
  });
});
