"use client";
import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { signInSchema } from "@/lib/auth/sign-in.types";

/** Email + password form; validates with the same zod schema as the server. */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      const fe: Record<string, string> = {};
      for (const i of parsed.error.issues) fe[String(i.path[0])] ??= i.message;
      setFieldErrors(fe);
      setError(null);
      return;
    }
    setFieldErrors({});
    setPending(true);
    const res = await signIn("credentials", { ...parsed.data, redirect: false });
    setPending(false);
    if (!res || res.error) {
      setError(res?.error && res.error !== "CredentialsSignin" ? res.error : "Wrong email or password.");
      return;
    }
    window.location.assign(callbackUrl);
  }

  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-describedby={error ? "sign-in-error" : undefined}>
      {error ? <p id="sign-in-error" role="alert" className="error">{error}</p> : null}
      <label>
        Email
        <input name="email" type="email" autoComplete="username" required aria-invalid={!!fieldErrors.email} aria-describedby={fieldErrors.email ? "email-error" : undefined} />
      </label>
      {fieldErrors.email ? <p id="email-error" className="field-error">{fieldErrors.email}</p> : null}
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required aria-invalid={!!fieldErrors.password} aria-describedby={fieldErrors.password ? "password-error" : undefined} />
      </label>
      {fieldErrors.password ? <p id="password-error" className="field-error">{fieldErrors.password}</p> : null}
      <button className="btn btn-primary" type="submit" disabled={pending}>{pending ? "Signing in…" : "Sign in"}</button>
    </form>
  );
}
