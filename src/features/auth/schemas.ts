import { z } from "zod";
import { Email, Id, Organization, Password, PersonName, RoleSchema } from "../shared/schemas.js";

export const SignupBody = z
  .object({
    organizationName: z
      .string()
      .trim()
      .min(1, "expected the organisation's name")
      .max(200, "expected at most 200 characters"),
    name: PersonName,
    email: Email,
    password: Password,
  })
  .meta({ id: "SignupRequest" });

export const SignInBody = z
  .object({
    email: Email,
    password: z.string().min(1, "expected a password").max(1024, "expected at most 1024 characters"),
    organizationId: Id.optional(),
  })
  .meta({ id: "SignInRequest" });

export const Me = z
  .object({
    user: z.object({ id: Id, name: z.string(), email: z.string(), role: RoleSchema }),
    organization: Organization,
  })
  .meta({ id: "Me" });

export const SetupStatus = z
  .object({
    needsSetup: z.boolean().describe("True until the first organisation exists."),
    signupOpen: z.boolean().describe("Whether POST /api/signup would create an organisation now."),
  })
  .meta({ id: "SetupStatus" });

export type MeResponse = z.infer<typeof Me>;
export type SetupStatusResponse = z.infer<typeof SetupStatus>;
