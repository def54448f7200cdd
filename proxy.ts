import { NextResponse, type NextRequest } from "next/server";

/**
 * Passes the requested path to server components (for the sign-in callback). Access control
 * is NOT done here: every page, action and route checks the actor itself.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-factmark-path", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!_next/|api/|favicon.ico).*)"] };
