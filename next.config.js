// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Server-only packages that must not be bundled (native-ish or large, read at runtime).
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "linkedom", "sanitize-html", "compromise", "compromise-dates"],
  poweredByHeader: false,
  typedRoutes: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};
module.exports = nextConfig;
