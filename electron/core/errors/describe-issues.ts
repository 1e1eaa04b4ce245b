import type { z } from 'zod';

/**
 * Describes schema failures by path and issue code only, for error messages about untrusted input
 * (an IPC payload, an agent message). zod messages can quote the received value, and a payload may
 * hold a secret, so no message text is passed on. `whole` names the input itself (an empty path).
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], whole = '(input)', max = 5): string {
  const parts = issues.slice(0, max).map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : whole}: ${issue.code}`);
  return parts.join('; ') + (issues.length > max ? `; and ${issues.length - max} more` : '');
}
