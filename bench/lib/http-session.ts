/** Signs in over HTTP like a browser (next-auth credentials) and keeps the cookies. */

export type HttpSession = {
  baseUrl: string;
  /** the Cookie header to send */
  cookie: string;
  /** the cookies as name/value pairs (for a browser context) */
  cookies: { name: string; value: string }[];
  get: (path: string, init?: RequestInit) => Promise<Response>;
};

function collect(jar: Map<string, string>, res: Response): void {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair?.indexOf("=") ?? -1;
    if (pair && eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
}
const header = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/** GET /api/auth/csrf, then POST the credentials form; throws unless a session cookie results. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<HttpSession> {
  const jar = new Map<string, string>();
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  collect(jar, csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(jar) },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
  collect(jar, res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in failed: HTTP ${res.status}`);
  const cookie = header(jar);
  return {
    baseUrl,
    cookie,
    cookies: [...jar].map(([name, value]) => ({ name, value })),
    get: (path, init = {}) => fetch(`${baseUrl}${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), cookie } }),
  };
}
