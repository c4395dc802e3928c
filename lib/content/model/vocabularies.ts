/**
 * The content model's vocabularies, free of zod and of the content layer: the one source the
 * schema, labels, open data and client components (the explorer, status badges) share.
 */
export const INCIDENT_STATUSES = ["reported", "denied", "confirmed", "resolved"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/**
 * What an entry in the updates log is: news about the incident (`update`), a fix to what we said
 * (`correction`), or a note about the record itself (`editorial`: an archive note, a data-format
 * change) that tells the reader nothing new about the story and so never makes it "updated".
 */
export const UPDATE_KINDS = ["update", "correction", "editorial"] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];

export const ATTACK_VECTORS = [
  "account-takeover",
  "phishing",
  "hot-wallet-compromise",
  "private-key-compromise",
  "smart-contract-exploit",
  "insider",
  "exit-scam",
  "social-engineering",
  "supply-chain",
  "api-key-abuse",
  "sim-swap",
  "fraud",
  "unknown",
  "other",
] as const;
export type AttackVector = (typeof ATTACK_VECTORS)[number];

/** What was breached: the exchange's own wallets, a third party it relied on, or its customers. */
export const TARGET_TYPES = [
  "hot-wallet",
  "cold-wallet",
  "custody-provider",
  "bridge",
  "user-accounts",
  "customer-data",
  "insider-fraud",
] as const;
export type TargetType = (typeof TARGET_TYPES)[number];

export const CUSTOMER_OUTCOMES = ["made-whole", "partial", "none", "pending"] as const;
export type CustomerOutcomeResult = (typeof CUSTOMER_OUTCOMES)[number];

export const ATTRIBUTION_KINDS = ["official", "analyst"] as const;
export type AttributionKind = (typeof ATTRIBUTION_KINDS)[number];

/** Chains the stolen funds were on; labels live in ./labels so the explorer can show them. */
export const CHAINS = [
  "bitcoin", "ethereum", "bnb-chain", "tron", "solana", "xrp-ledger", "polygon", "arbitrum", "optimism", "base",
  "avalanche", "eos", "nem", "nano", "monero", "litecoin", "dogecoin", "bitcoin-cash", "bitcoin-gold",
  "ethereum-classic", "stellar", "cardano", "ton", "aptos", "sui", "near", "cosmos", "heco", "polkadot", "tezos",
  "zcash", "dash", "waves", "iota", "neo", "qtum", "verge", "fantom", "cronos", "linea", "zksync", "kaia",
  "algorand", "hedera", "monacoin", "peercoin", "namecoin", "syscoin", "omni", "bitshares", "steem", "icon",
  "ontology", "vechain", "zilliqa", "harmony", "blast", "mantle", "sei", "hyperliquid", "bitcoin-sv", "decred",
  "vericoin", "lucky7coin", "nxt", "ripple-gateway",
] as const;
export type Chain = (typeof CHAINS)[number];

export const EXCHANGE_STATUSES = ["active", "renamed", "merged", "collapsed", "defunct"] as const;
export const POR_ATTESTATIONS = ["self", "independent"] as const;
export const RELATION_KINDS = ["sister", "parent", "subsidiary"] as const;
export const TRI_STATE = ["yes", "no", "unknown"] as const;
export const TWO_FACTOR_LEVELS = ["mandatory", "offered", "no", "unknown"] as const;


/** Milliseconds since the epoch of a date or UTC time as the schema accepts them. */
export function momentMs(value: string): number {
  return new Date(value.length === 10 ? `${value}T00:00:00Z` : value).getTime();
}

/**
 * Orders two moments at the precision both have: a bare date against a time compares by day, so
 * "acknowledged 2020-12-21" is not before "first outflow 2020-12-21T02:27Z".
 */
export function compareMoments(a: string, b: string): number {
  if (a.length === 10 || b.length === 10) return a.slice(0, 10).localeCompare(b.slice(0, 10));
  return momentMs(a) - momentMs(b);
}
