import { describe, expect, it } from "vitest";
import type { Principal } from "../../domain/policies.js";
import { cachedPrincipal, forgetCredential, forgetPerson, rememberPrincipal, TTL_MS } from "./principal-cache.js";

const ada: Principal = { orgId: "org-1", userId: "ada", role: "admin", via: "session" };
const bo: Principal = { orgId: "org-1", userId: "bo", role: "interviewer", via: "token" };

describe("the principal cache", () => {
  it("remembers a credential for a few seconds only", () => {
    rememberPrincipal("k-expiry", ada, 1_000);
    expect(cachedPrincipal("k-expiry", 1_000 + TTL_MS - 1)).toEqual(ada);
    expect(cachedPrincipal("k-expiry", 1_000 + TTL_MS)).toBeUndefined();
  });

  it("forgets one credential, or every credential of one person, at once", () => {
    const now = Date.now();
    rememberPrincipal("k-ada-1", ada, now);
    rememberPrincipal("k-ada-2", { ...ada, via: "token" }, now);
    rememberPrincipal("k-bo", bo, now);
    forgetCredential("k-bo");
    expect(cachedPrincipal("k-bo", now)).toBeUndefined();
    forgetPerson("org-1", "ada");
    expect(cachedPrincipal("k-ada-1", now)).toBeUndefined();
    expect(cachedPrincipal("k-ada-2", now)).toBeUndefined();
  });
});
