// The plain pages of a feedback link, rendered by the server without the web app: nothing on them loads
// from anywhere, so their content security policy can forbid everything but their one inline style, and
// nothing on them can leak the token in the address. GET shows the same page for every token, right or
// wrong, and consumes nothing; the token is only looked at when the candidate continues (POST).
import { createHash } from "node:crypto";

const style = `body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1b1e;background:#f8f9fa}
main{max-width:34rem;margin:0 auto;padding:2.5rem 1.25rem}
h1{font-size:1.5rem;line-height:1.25;margin:0 0 1rem}
p{margin:0 0 1rem}
.small{font-size:.875rem;color:#495057}
button{font:inherit;font-weight:600;color:#fff;background:#1864ab;border:0;border-radius:.5rem;padding:.75rem 1.5rem;min-height:44px;cursor:pointer}
button:focus-visible{outline:3px solid #339af0;outline-offset:2px}`;

const styleHash = createHash("sha256").update(style).digest("base64");

/** Everything forbidden but the page's own style and posting the form back to this server. */
export const linkPagePolicy = [
  "default-src 'none'",
  `style-src 'sha256-${styleHash}'`,
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join("; ");

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${title} · Debrief</title>
<style>${style}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export function continuePage(): string {
  return page(
    "Your interview feedback",
    `<h1>Your interview feedback</h1>
<p>Your interviewer has written feedback on your interview.</p>
<p>Before you read it, you will be asked how you think the interview went. It takes a couple of minutes; then the feedback opens, with your view and the interviewer's side by side.</p>
<form method="post"><button type="submit">Continue</button></form>
<p class="small">This link is yours alone: please do not forward it.</p>`,
  );
}

/** The one page for a token that is wrong, expired or revoked: which of them it is, is not said. */
export function unusablePage(): string {
  return page(
    "This link does not work",
    `<h1>This link does not work</h1>
<p>It may have expired or been replaced by a newer one. Ask the recruiter you have been in touch with for a new link.</p>`,
  );
}

export function throttledPage(minutes: number): string {
  return page(
    "Too many attempts",
    `<h1>Too many attempts</h1>
<p>Links were tried too often from this network. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.</p>`,
  );
}
