import type { Catalog } from '../../../contract/calls/providers.ts';
import { aol } from './aol.ts';
import { fastmail } from './fastmail.ts';
import { gmail } from './gmail.ts';
import { gmx } from './gmx.ts';
import { icloud } from './icloud.ts';
import { microsoft365 } from './microsoft365.ts';
import { outlook } from './outlook.ts';
import { webde } from './webde.ts';
import { yahoo } from './yahoo.ts';
import { zoho } from './zoho.ts';

/** The provider catalog: data only, checked against catalogSchema by tests/unit/providers. */
export const CATALOG: Catalog = {
  lastVerified: '2026-11-24',
  providers: [microsoft365, outlook, gmail, icloud, yahoo, aol, fastmail, zoho, gmx, webde],
};
