import { withContentCollections } from "@content-collections/next";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native/driver modules stay plain Node requires instead of being bundled.
  serverExternalPackages: ["better-sqlite3", "pg", "nodemailer"],
};

export default withContentCollections(nextConfig);
