import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const callbackUrl = sp.callbackUrl?.startsWith("/") && !sp.callbackUrl.startsWith("//") ? sp.callbackUrl : "/articles";
  return (
    <main id="main" className="sign-in">
      <h1>Factmark</h1>
      <p className="muted">Claim fact-checking for newsrooms</p>
      <SignInForm callbackUrl={callbackUrl} />
    </main>
  );
}
