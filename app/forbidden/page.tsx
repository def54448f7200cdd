import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="narrow">
      <h1>Not allowed</h1>
      <p>Your role does not give access to this page. <Link href="/articles">Back to articles</Link></p>
    </main>
  );
}
