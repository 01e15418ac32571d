// Guessing passwords and invitation links: limited per address and per account, a right password refused
// too once the limit is met, a forged X-Forwarded-For no way round it, and one count for every process
// sharing the database. Sign-ups are limited per address.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../server/app.js";
import { buildTestApp, PASSWORD, type SignedUp, signUpOrganization, type TestApp } from "../../test/app.js";
import { SIGN_IN_LIMITS, SIGN_UP_LIMIT } from "./guessing.js";

let t: TestApp;
let admin: SignedUp;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await signUpOrganization(t.app, "Guessing Co");
});
afterAll(() => t.close());

const signIn = (email: string, password: string, remoteAddress: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: "POST", url: "/api/session", remoteAddress, headers, payload: { email, password } });

describe("guessing", () => {
  it("stops an account after its limit of wrong passwords, from any address, a right one included", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      expect((await signIn(admin.email, `wrong password ${i}`, `10.1.0.${i}`)).statusCode).toBe(401);
    }
    const refused = await signIn(admin.email, PASSWORD, "10.1.1.1");
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toMatch(/Too many failed sign-ins. Try again in \d+ minutes?\./);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(refused.cookies).toEqual([]);
  });

  it("stops an address after its limit, across accounts, and a forged X-Forwarded-For does not reset it", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) {
      const response = await signIn(`nobody-${i}@example.test`, "whatever it is", "10.2.0.1", {
        "x-forwarded-for": `192.0.2.${i}`,
      });
      expect(response.statusCode).toBe(401);
    }
    const other = await signUpOrganization(t.app, "Other Co");
    expect((await signIn(other.email, PASSWORD, "10.2.0.1", { "x-forwarded-for": "198.51.100.7" })).statusCode).toBe(
      429,
    );
    expect((await signIn(other.email, PASSWORD, "10.2.0.2")).statusCode).toBe(200);
  });

  it("stops an address guessing invitation links", async () => {
    let last = 0;
    for (let i = 0; i < 21; i++) {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/invitations/preview",
        remoteAddress: "10.3.0.1",
        payload: { token: `inv_${"0".repeat(32)}_${String(i).padStart(43, "A")}` },
      });
      last = response.statusCode;
      if (i < 20) expect(response.statusCode).toBe(410);
    }
    expect(last).toBe(429);
  });

  it("counts once for every process sharing the database", async () => {
    // A second app on the same database: another process behind the same load balancer.
    const second = await buildApp({ database: t.database, config: t.config, logger: false });
    try {
      const half = SIGN_IN_LIMITS.perAccount / 2;
      const other = await signUpOrganization(t.app, "Shared Count Co");
      for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
        const app = i < half ? t.app : second;
        const response = await app.inject({
          method: "POST",
          url: "/api/session",
          remoteAddress: `10.4.0.${i}`,
          payload: { email: other.email, password: `wrong ${i}` },
        });
        expect(response.statusCode).toBe(401);
      }
      for (const app of [t.app, second]) {
        const response = await app.inject({
          method: "POST",
          url: "/api/session",
          remoteAddress: "10.4.1.1",
          payload: { email: other.email, password: PASSWORD },
        });
        expect(response.statusCode).toBe(429);
      }
    } finally {
      await second.close();
    }
  });

  it("limits sign-ups per address, whatever a forwarding header says", async () => {
    const signUp = (i: number) =>
      t.app.inject({
        method: "POST",
        url: "/api/signup",
        remoteAddress: "10.5.0.1",
        headers: { "x-forwarded-for": `203.0.113.${i}` },
        payload: { organizationName: `Flood ${i}`, name: "Flo", email: `flood-${i}@example.test`, password: PASSWORD },
      });
    for (let i = 0; i < SIGN_UP_LIMIT.limit; i++) expect((await signUp(i)).statusCode).toBe(201);
    const refused = await signUp(SIGN_UP_LIMIT.limit);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toMatch(/Too many sign-ups from this address/);
  });
});
