import { BlockList, isIP } from "node:net";

// Addresses a server-side fetch must never reach on a user's behalf: this machine, the
// private network around it, cloud metadata endpoints (169.254.169.254), multicast and
// reserved ranges. IPv4-mapped/-translated IPv6 forms are refused outright, since they are
// only ever a way to write an IPv4 address that dodges an IPv4 check.
const BLOCKED: readonly [string, number, "ipv4" | "ipv6"][] = [
  ["0.0.0.0", 8, "ipv4"], // "this network"; 0.0.0.0 reaches localhost on Linux
  ["10.0.0.0", 8, "ipv4"],
  ["100.64.0.0", 10, "ipv4"], // carrier-grade NAT
  ["127.0.0.0", 8, "ipv4"],
  ["169.254.0.0", 16, "ipv4"], // link-local, cloud metadata
  ["172.16.0.0", 12, "ipv4"],
  ["192.0.0.0", 24, "ipv4"],
  ["192.0.2.0", 24, "ipv4"],
  ["192.88.99.0", 24, "ipv4"],
  ["192.168.0.0", 16, "ipv4"],
  ["198.18.0.0", 15, "ipv4"],
  ["198.51.100.0", 24, "ipv4"],
  ["203.0.113.0", 24, "ipv4"],
  ["224.0.0.0", 4, "ipv4"], // multicast
  ["240.0.0.0", 4, "ipv4"], // reserved, broadcast
  ["::", 128, "ipv6"],
  ["::1", 128, "ipv6"],
  ["::", 96, "ipv6"], // IPv4-compatible (deprecated)
  ["::ffff:0:0", 96, "ipv6"], // IPv4-mapped
  ["64:ff9b::", 96, "ipv6"], // NAT64
  ["64:ff9b:1::", 48, "ipv6"],
  ["100::", 64, "ipv6"], // discard
  ["2001:db8::", 32, "ipv6"], // documentation
  ["2002::", 16, "ipv6"], // 6to4 embeds an IPv4 address
  ["fc00::", 7, "ipv6"], // unique local
  ["fe80::", 10, "ipv6"], // link-local
  ["fec0::", 10, "ipv6"], // site-local (deprecated)
  ["ff00::", 8, "ipv6"], // multicast
];

// One list per family: a single BlockList matches IPv4 addresses against IPv6 rules too
// (through their mapped form), so ::ffff:0:0/96 would block every IPv4 address.
const lists = { ipv4: new BlockList(), ipv6: new BlockList() };
for (const [net, prefix, type] of BLOCKED) lists[type].addSubnet(net, prefix, type);

/** Strips the brackets of an IPv6 URL host ("[::1]" → "::1"). */
export const unbracket = (host: string) => host.replace(/^\[(.*)\]$/, "$1");

/**
 * True when `address` (an IP literal) is a public unicast address that a server-side
 * fetch may connect to. Anything that is not a valid IP is treated as not public.
 */
export function isPublicAddress(address: string): boolean {
  const ip = unbracket(address);
  const version = isIP(ip);
  if (version === 0) return false;
  // Check the mapped form explicitly too: BlockList may compare ::ffff:a.b.c.d as IPv4.
  if (version === 6 && /^::ffff:/i.test(ip)) return false;
  const type = version === 4 ? "ipv4" : "ipv6";
  return !lists[type].check(ip, type);
}
