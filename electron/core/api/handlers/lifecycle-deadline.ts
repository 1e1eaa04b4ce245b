import type { DeadlineFor } from '../../lifecycle/index.ts';

/**
 * The dated provider fact that ends app-password sign-in (Microsoft 365 SMTP AUTH), read from the
 * providers' dated-fact notes. Until those notes carry a dated change, no deadline is reported.
 */
export const deadlineFor: DeadlineFor = () => null;
