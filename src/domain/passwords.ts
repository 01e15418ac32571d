// Password rules shared by sign-up, invitations and the CLI. Length is what matters (NIST SP 800-63B);
// composition rules are not imposed.
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;
