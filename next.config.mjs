import { availableParallelism } from "node:os";
import { withContentCollections } from "@content-collections/next";

const production = process.env.NODE_ENV === "production";

// Page-independent headers on every route; the per-page Content-Security-Policy comes from proxy.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native/driver modules stay plain Node requires instead of being bundled.
  serverExternalPackages: ["better-sqlite3", "pg", "nodemailer"],
  turbopack: { root: import.meta.dirname },
  // `npm run typecheck` (part of `npm test`, so of CI) type-checks the whole tree, tests and scripts
  // included; next build's own pass over app code repeated it inside every build (7 s of 47 at 1,000
  // reports, before any page renders).
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Next keeps one core for the main build process, which only waits while pages render; on a
    // 2-core builder that halved static generation. Render on every core instead.
    cpus: availableParallelism(),
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Hashed assets skip the proxy; they still get a policy (they are never documents).
      { source: "/_next/static/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

// `npm run build` runs the content step in a process of its own first, so its memory is returned
// before pages render, and tells this config not to run it a second time. A bare `next build`,
// `next dev` (which also watches content) and `next typegen` still build content here.
export default process.env.CONTENT_PREBUILT === "1" ? nextConfig : withContentCollections(nextConfig);
